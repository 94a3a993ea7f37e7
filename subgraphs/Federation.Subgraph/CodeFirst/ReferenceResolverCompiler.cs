using System.Globalization;
using System.Reflection;
using Federation.GraphQL.CodeFirst;
using Federation.GraphQL.Execution;

namespace Federation.Subgraph;

/// <summary>Turns a static <c>[ReferenceResolver]</c> (or <c>ResolveReference</c>) method into a <see cref="ReferenceResolver"/>.</summary>
internal static class ReferenceResolverCompiler
{
    public static MethodInfo? Find(Type entity)
    {
        var methods = entity.GetMethods(BindingFlags.Public | BindingFlags.Static);
        return methods.FirstOrDefault(m => m.IsDefined(typeof(ReferenceResolverAttribute)))
            ?? methods.FirstOrDefault(m => m.Name == "ResolveReference");
    }

    public static ReferenceResolver Compile(MethodInfo method)
    {
        var parameters = method.GetParameters();
        return async (representation, context) =>
        {
            var arguments = new object?[parameters.Length];
            for (var i = 0; i < parameters.Length; i++) arguments[i] = Bind(parameters[i], representation, context);
            object? result;
            try
            {
                result = method.Invoke(null, arguments);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw e.InnerException;
            }
            return await Unwrap(result).ConfigureAwait(false);
        };
    }

    private static object? Bind(ParameterInfo parameter, IReadOnlyDictionary<string, object?> representation, IResolverContext context)
    {
        var type = parameter.ParameterType;
        if (type == typeof(IResolverContext)) return context;
        if (type == typeof(CancellationToken)) return context.RequestAborted;
        if (type.IsAssignableFrom(typeof(IReadOnlyDictionary<string, object?>))) return representation;
        if (type == typeof(IServiceProvider)) return context.Services;
        var name = NamingConventions.ArgumentName(parameter);
        if (!representation.TryGetValue(name, out var value) && !representation.TryGetValue(parameter.Name!, out value))
            return parameter.HasDefaultValue ? parameter.DefaultValue : null;
        return Convert(value, type);
    }

    private static object? Convert(object? value, Type target)
    {
        if (value is null || target.IsInstanceOfType(value)) return value;
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        // Representations carry IDs as strings: a key declared as an int is parsed.
        if (value is string s && underlying.IsPrimitive) return System.Convert.ChangeType(s, underlying, CultureInfo.InvariantCulture);
        if (value is string g && underlying == typeof(Guid)) return Guid.Parse(g);
        return ClrValueConverter.Convert(value, target);
    }

    private static async ValueTask<object?> Unwrap(object? result)
    {
        switch (result)
        {
            case Task task:
                await task.ConfigureAwait(false);
                return task.GetType().IsGenericType ? task.GetType().GetProperty("Result")!.GetValue(task) : null;
            case null:
                return null;
        }
        var type = result.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            var task = (Task)type.GetMethod("AsTask")!.Invoke(result, null)!;
            await task.ConfigureAwait(false);
            return task.GetType().GetProperty("Result")!.GetValue(task);
        }
        return result;
    }
}
