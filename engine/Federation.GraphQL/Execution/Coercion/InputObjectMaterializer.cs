using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Execution.Coercion;

/// <summary>
/// Turns coerced input values into CLR values: an input object whose type has a RuntimeType becomes an instance of it
/// (constructor parameters and settable properties matched by name, case-insensitively); lists and numbers are converted
/// to the target element and number types.
/// </summary>
public static class InputObjectMaterializer
{
    private static readonly ConcurrentDictionary<Type, Func<IReadOnlyDictionary<string, object?>, object>> Factories = new();

    internal static object Materialize(InputObjectType type, Dictionary<string, object?> coerced)
        => type.RuntimeFactory is { } factory ? factory(coerced)
            : type.RuntimeType is { } runtimeType ? Create(runtimeType, coerced)
            : coerced;

    /// <summary>Converts a coerced input value (dictionary, list, number, enum value) to <paramref name="target"/>.</summary>
    public static object? ConvertTo(object? value, Type target)
    {
        if (value is null) return null;
        if (target.IsInstanceOfType(value)) return value;
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsInstanceOfType(value)) return value;
        if (value is IReadOnlyDictionary<string, object?> map && underlying != typeof(object)) return Create(underlying, map);
        if (underlying.IsEnum)
        {
            return value is string s ? Enum.Parse(underlying, s, ignoreCase: true) : Enum.ToObject(underlying, value);
        }
        if (value is IEnumerable list and not string && underlying != typeof(string))
        {
            var elementType = ElementType(underlying);
            if (elementType is not null)
            {
                var items = new List<object?>();
                foreach (var item in list) items.Add(ConvertTo(item, elementType));
                if (underlying.IsArray)
                {
                    var array = Array.CreateInstance(elementType, items.Count);
                    for (var i = 0; i < items.Count; i++) array.SetValue(items[i], i);
                    return array;
                }
                var typedList = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
                foreach (var item in items) typedList.Add(item);
                return typedList;
            }
        }
        if (underlying == typeof(Guid) && value is string g) return Guid.Parse(g);
        if (value is IConvertible) return Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
        return value;
    }

    private static Type? ElementType(Type type)
    {
        if (type.IsArray) return type.GetElementType();
        if (type.IsGenericType)
        {
            var args = type.GetGenericArguments();
            if (args.Length == 1 && type.IsAssignableFrom(typeof(List<>).MakeGenericType(args[0]))) return args[0];
        }
        return null;
    }

    private static object Create(Type type, IReadOnlyDictionary<string, object?> values)
        => Factories.GetOrAdd(type, BuildFactory)(values);

    private static Func<IReadOnlyDictionary<string, object?>, object> BuildFactory(Type type)
    {
        var constructors = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance);
        var ctor = constructors.FirstOrDefault(c => c.GetParameters().Length == 0)
            ?? constructors.OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"Input type {type} has no public constructor.");
        var parameters = ctor.GetParameters();
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0).ToArray();
        return values =>
        {
            var lookup = new Dictionary<string, object?>(values, StringComparer.OrdinalIgnoreCase);
            var args = new object?[parameters.Length];
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < parameters.Length; i++)
            {
                var p = parameters[i];
                if (lookup.TryGetValue(p.Name!, out var v))
                {
                    args[i] = ConvertTo(v, p.ParameterType);
                    used.Add(p.Name!);
                }
                else
                {
                    args[i] = p.HasDefaultValue ? p.DefaultValue : p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null;
                }
            }
            var instance = ctor.Invoke(args);
            foreach (var prop in properties)
            {
                if (!used.Contains(prop.Name) && lookup.TryGetValue(prop.Name, out var v)) prop.SetValue(instance, ConvertTo(v, prop.PropertyType));
            }
            return instance;
        };
    }
}
