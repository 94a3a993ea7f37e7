using System.Collections.Concurrent;
using System.ComponentModel;
using System.Linq.Expressions;
using System.Reflection;

namespace Federation.GraphQL.CodeFirst;

/// <summary>
/// Creates instances of an input CLR type from a coerced input object: fields bound to constructor parameters (records)
/// first, then to settable properties. Constructor and setters are compiled once per type.
/// </summary>
internal sealed class InputObjectFactory
{
    private static readonly ConcurrentDictionary<Type, InputObjectFactory> Cache = new();

    private readonly Func<object?[], object> _construct;
    private readonly (string Name, Type Type, object? Default)[] _parameters;
    private readonly Dictionary<string, (Type Type, Action<object, object?> Set)> _setters;

    private InputObjectFactory(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        var parameters = constructor?.GetParameters() ?? [];
        _parameters = parameters.Select(p => (FieldName(type, p), p.ParameterType, DefaultOf(p))).ToArray();
        _construct = CompileConstructor(type, constructor);

        var bound = new HashSet<string>(_parameters.Select(p => p.Name), StringComparer.Ordinal);
        _setters = new Dictionary<string, (Type, Action<object, object?>)>(StringComparer.Ordinal);
        foreach (var property in InputFields(type))
        {
            var name = NamingConventions.FieldName(property);
            if (bound.Contains(name) || property.SetMethod is not { IsPublic: true }) continue;
            _setters[name] = (property.PropertyType, CompileSetter(type, property));
        }
    }

    public static InputObjectFactory For(Type type) => Cache.GetOrAdd(type, static t => new InputObjectFactory(t));

    /// <summary>The public instance properties that become input fields.</summary>
    public static IEnumerable<PropertyInfo> InputFields(Type type)
        => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true }
                        && p.GetCustomAttribute<GraphQLIgnoreAttribute>() is null);

    public object Create(IReadOnlyDictionary<string, object?> fields)
    {
        var arguments = new object?[_parameters.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            var (name, type, fallback) = _parameters[i];
            arguments[i] = fields.TryGetValue(name, out var value) ? ClrValueConverter.Convert(value, type) : fallback;
        }
        var instance = _construct(arguments);
        foreach (var (name, value) in fields)
        {
            if (_setters.TryGetValue(name, out var setter)) setter.Set(instance, ClrValueConverter.Convert(value, setter.Type));
        }
        return instance;
    }

    // A record's positional parameter carries the name of its property; [GraphQLName] may sit on either.
    private static string FieldName(Type type, ParameterInfo parameter)
    {
        var property = type.GetProperty(parameter.Name!, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return parameter.GetCustomAttribute<GraphQLNameAttribute>()?.Name
               ?? (property is not null ? NamingConventions.FieldName(property) : NamingConventions.ArgumentName(parameter));
    }

    private static object? DefaultOf(ParameterInfo parameter)
    {
        if (parameter.HasDefaultValue && parameter.DefaultValue is not DBNull) return parameter.DefaultValue;
        if (parameter.GetCustomAttribute<DefaultValueAttribute>() is { } attribute) return attribute.Value;
        return parameter.ParameterType.IsValueType ? Activator.CreateInstance(parameter.ParameterType) : null;
    }

    private static Func<object?[], object> CompileConstructor(Type type, ConstructorInfo? constructor)
    {
        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        Expression body = constructor is null
            ? Expression.New(type)
            : Expression.New(constructor, constructor.GetParameters().Select((p, i) =>
                Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), p.ParameterType)));
        return Expression.Lambda<Func<object?[], object>>(Expression.Convert(body, typeof(object)), arguments).Compile();
    }

    private static Action<object, object?> CompileSetter(Type type, PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object), "instance");
        var value = Expression.Parameter(typeof(object), "value");
        var assign = Expression.Assign(
            Expression.Property(Expression.Convert(instance, type), property),
            Expression.Convert(value, property.PropertyType));
        return Expression.Lambda<Action<object, object?>>(assign, instance, value).Compile();
    }
}
