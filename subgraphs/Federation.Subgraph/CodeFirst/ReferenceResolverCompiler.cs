using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Federation.GraphQL;
using Federation.GraphQL.CodeFirst;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Execution.DataLoader;

namespace Federation.Subgraph;

/// <summary>
/// Turns a static <c>[ReferenceResolver]</c> (or <c>ResolveReference</c>) method into a <see cref="ReferenceResolver"/>
/// with typed parameters, as HotChocolate binds them: a parameter named like a field of the representation gets that
/// field converted to its type (key fields, composite keys by name, a nested key as a C# object, <c>@requires</c>
/// fields); a DataLoader parameter gets the request's loader (so N representations batch into one fetch); other
/// parameters come from the request's services. The method is compiled once (no reflection per call).
/// </summary>
internal static class ReferenceResolverCompiler
{
    private delegate object? Binder(IReadOnlyDictionary<string, object?> representation, IResolverContext context);

    public static MethodInfo? Find(Type entity)
    {
        var methods = entity.GetMethods(BindingFlags.Public | BindingFlags.Static);
        return methods.FirstOrDefault(m => m.IsDefined(typeof(ReferenceResolverAttribute)))
            ?? methods.FirstOrDefault(m => m.Name == "ResolveReference");
    }

    public static ReferenceResolver Compile(MethodInfo method)
    {
        if (!method.IsStatic) throw new InvalidOperationException($"[ReferenceResolver] {method.DeclaringType?.Name}.{method.Name} must be static.");
        var parameters = method.GetParameters();
        var binders = parameters.Select(BinderFor).ToArray();
        var invoke = Invoker(method);
        var unwrap = Unwrapper(method.ReturnType);
        return (representation, context) =>
        {
            var arguments = new object?[binders.Length];
            for (var i = 0; i < binders.Length; i++) arguments[i] = binders[i](representation, context);
            return unwrap(invoke(arguments));
        };
    }

    private static Binder BinderFor(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (type == typeof(IResolverContext)) return static (_, context) => context;
        if (type == typeof(CancellationToken)) return static (_, context) => context.RequestAborted;
        if (type == typeof(IServiceProvider)) return static (_, context) => context.Services;
        if (type.IsAssignableFrom(typeof(IReadOnlyDictionary<string, object?>))) return static (representation, _) => representation;
        if (parameter.IsDefined(typeof(ServiceAttribute))) return (_, context) => Service(context, type);
        if (typeof(DataLoaderBase).IsAssignableFrom(type)) return (_, context) => context.DataLoaders().Get(type);
        var name = NamingConventions.ArgumentName(parameter);
        var fallback = parameter.HasDefaultValue ? parameter.DefaultValue : type.IsValueType ? Activator.CreateInstance(type) : null;
        return (representation, context) =>
        {
            if (representation.TryGetValue(name, out var value) || representation.TryGetValue(parameter.Name!, out value)) return Convert(value, type);
            // Not a field of the representation: a registered DataLoader, else a service, else the parameter's default.
            if (context.Services.GetService(typeof(DataLoaderRegistry)) is DataLoaderRegistry loaders && loaders.Contains(type))
                return context.DataLoaders().Get(type);
            return context.Services.GetService(type) ?? fallback;
        };
    }

    private static object Service(IResolverContext context, Type type)
        => context.Services.GetService(type) ?? throw new GraphQLException($"No service of type {type.Name} is registered.");

    private static object? Convert(object? value, Type target)
    {
        if (value is null || target.IsInstanceOfType(value)) return value;
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        // Representations carry IDs as strings: a key declared as an int is parsed.
        if (value is string s && underlying.IsPrimitive) return System.Convert.ChangeType(s, underlying, CultureInfo.InvariantCulture);
        return ClrValueConverter.Convert(value, target);
    }

    private static Func<object?[], object?> Invoker(MethodInfo method)
    {
        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        var call = Expression.Call(method, method.GetParameters().Select((p, i) =>
            Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), p.ParameterType)));
        Expression body = method.ReturnType == typeof(void) ? Expression.Block(call, Expression.Constant(null)) : Expression.Convert(call, typeof(object));
        return Expression.Lambda<Func<object?[], object?>>(body, arguments).Compile();
    }

    /// <summary>The result as a ValueTask: a value, or a Task&lt;T&gt; / ValueTask&lt;T&gt; awaited.</summary>
    private static Func<object?, ValueTask<object?>> Unwrapper(Type returnType)
    {
        if (returnType.IsGenericType && (returnType.GetGenericTypeDefinition() == typeof(Task<>) || returnType.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            var name = returnType.GetGenericTypeDefinition() == typeof(Task<>) ? nameof(FromTask) : nameof(FromValueTask);
            return typeof(ReferenceResolverCompiler).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(returnType.GetGenericArguments()[0]).CreateDelegate<Func<object?, ValueTask<object?>>>();
        }
        if (returnType == typeof(Task) || returnType == typeof(ValueTask))
            throw new InvalidOperationException("A [ReferenceResolver] returns the entity (or a Task<T> / ValueTask<T> of it), not a bare Task.");
        return static result => new ValueTask<object?>(result);
    }

    private static ValueTask<object?> FromTask<T>(object? result)
    {
        var task = (Task<T>)result!;
        return task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task);

        static async ValueTask<object?> Await(Task<T> task) => await task.ConfigureAwait(false);
    }

    private static ValueTask<object?> FromValueTask<T>(object? result)
    {
        var task = (ValueTask<T>)result!;
        return task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task);

        static async ValueTask<object?> Await(ValueTask<T> task) => await task.ConfigureAwait(false);
    }
}
