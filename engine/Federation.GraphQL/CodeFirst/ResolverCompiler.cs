using System.Linq.Expressions;
using System.Reflection;
using Federation.GraphQL.Execution;

namespace Federation.GraphQL.CodeFirst;

/// <summary>Where a resolver method's parameter comes from.</summary>
internal enum ParameterSource
{
    Argument,
    Service,
    CancellationToken,
    Context,
    Parent,
    DataLoader,
    EventMessage,
}

/// <summary>What a resolver method is called on.</summary>
internal enum ResolverInstance
{
    /// <summary>The parent object (fields of object types).</summary>
    Parent,

    /// <summary>The root value, else an instance from the services or a new one (root types).</summary>
    Root,

    /// <summary>An instance from the services or a new one (type extensions).</summary>
    Service,

    /// <summary>None: a static member.</summary>
    Static,
}

internal sealed record ParameterBinding(ParameterInfo Parameter, ParameterSource Source, string? ArgumentName = null, object? Fallback = null);

/// <summary>
/// Compiles a property or method into a <see cref="FieldResolver"/> (or a <see cref="SubscribeResolver"/>) with an
/// expression tree, once per field: no reflection per call, synchronous members complete without allocating a Task.
/// </summary>
internal static class ResolverCompiler
{
    private static readonly ParameterExpression Context = Expression.Parameter(typeof(IResolverContext), "context");

    public static FieldResolver Compile(Type declaringType, MemberInfo member, IReadOnlyList<ParameterBinding> bindings, ResolverInstance instance)
    {
        var call = Invoke(declaringType, member, bindings, instance);
        var (wrapper, inner, _) = ClrTypeShape.UnwrapResult(call.Type, null);
        Expression body = wrapper switch
        {
            ResultWrapper.Task => Runtime(nameof(ResolverRuntime.FromTask), inner, call),
            ResultWrapper.ValueTask => Runtime(nameof(ResolverRuntime.FromValueTask), inner, call),
            ResultWrapper.AsyncEnumerable => Runtime(nameof(ResolverRuntime.FromAsyncEnumerable), inner, call, Context),
            _ => Runtime(nameof(ResolverRuntime.FromValue), call.Type, call),
        };
        return Expression.Lambda<FieldResolver>(body, Context).Compile();
    }

    /// <summary>A subscription field's source stream: the member returns IAsyncEnumerable&lt;T&gt;, possibly inside a Task or ValueTask.</summary>
    public static SubscribeResolver CompileSubscriber(Type declaringType, MemberInfo member, IReadOnlyList<ParameterBinding> bindings, ResolverInstance instance)
    {
        var call = Invoke(declaringType, member, bindings, instance);
        var (wrapper, inner, _) = ClrTypeShape.UnwrapResult(call.Type, null);
        Expression body = wrapper switch
        {
            ResultWrapper.AsyncEnumerable => Runtime(nameof(ResolverRuntime.ToEventStream), inner, call),
            ResultWrapper.Task => Runtime(nameof(ResolverRuntime.ToEventStreamFromTask), AsyncItem(inner), call),
            ResultWrapper.ValueTask => Runtime(nameof(ResolverRuntime.ToEventStreamFromValueTask), AsyncItem(inner), call),
            _ => throw new InvalidOperationException($"{member.DeclaringType?.Name}.{member.Name} does not return an IAsyncEnumerable."),
        };
        return Expression.Lambda<SubscribeResolver>(body, Context).Compile();
    }

    private static Type AsyncItem(Type stream) => ClrTypeShape.UnwrapResult(stream, null) is (ResultWrapper.AsyncEnumerable, var item, _)
        ? item
        : throw new InvalidOperationException($"{stream.Name} is not an IAsyncEnumerable.");

    private static Expression Invoke(Type declaringType, MemberInfo member, IReadOnlyList<ParameterBinding> bindings, ResolverInstance instanceKind)
    {
        var isStatic = member is MethodInfo { IsStatic: true } || member is PropertyInfo { GetMethod.IsStatic: true };
        Expression? instance = isStatic ? null : instanceKind switch
        {
            ResolverInstance.Root when declaringType.IsClass => Runtime(nameof(ResolverRuntime.Root), declaringType, Context),
            ResolverInstance.Service when declaringType.IsClass => Runtime(nameof(ResolverRuntime.Instance), declaringType, Context),
            _ => Runtime(nameof(ResolverRuntime.Parent), declaringType, Context),
        };
        return member switch
        {
            PropertyInfo property => Expression.Property(instance, property),
            MethodInfo method => Expression.Call(instance, method, bindings.Select(Bind)),
            _ => throw new ArgumentException($"Cannot resolve with {member.MemberType}.", nameof(member)),
        };
    }

    private static Expression Bind(ParameterBinding binding)
    {
        var type = binding.Parameter.ParameterType;
        return binding.Source switch
        {
            ParameterSource.Argument => Runtime(nameof(ResolverRuntime.Argument), type,
                Context, Expression.Constant(binding.ArgumentName), Expression.Constant(binding.Fallback, type)),
            ParameterSource.Service => Runtime(nameof(ResolverRuntime.Service), type, Context),
            ParameterSource.CancellationToken => Expression.Property(Context, nameof(IResolverContext.RequestAborted)),
            ParameterSource.Context => Expression.Convert(Context, type),
            ParameterSource.Parent or ParameterSource.EventMessage => Runtime(nameof(ResolverRuntime.Parent), type, Context),
            ParameterSource.DataLoader => Expression.Convert(Expression.Call(typeof(ResolverRuntime), nameof(ResolverRuntime.DataLoader),
                Type.EmptyTypes, Context, Expression.Constant(type, typeof(Type))), type),
            _ => throw new ArgumentOutOfRangeException(nameof(binding)),
        };
    }

    private static MethodCallExpression Runtime(string name, Type typeArgument, params Expression[] arguments)
        => Expression.Call(typeof(ResolverRuntime), name, [typeArgument], arguments);
}
