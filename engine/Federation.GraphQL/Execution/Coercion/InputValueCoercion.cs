using Federation.GraphQL.Utilities;
using System.Collections;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Execution.Coercion;

/// <summary>
/// Coerces external (JSON-shaped) input values to a GraphQL input type (spec 3.10, 3.11 Input Coercion).
/// <see cref="TryCoerce"/> is the fast path; <see cref="Validate"/> explains a failure with graphql-js's messages.
/// </summary>
internal static class InputValueCoercion
{
    /// <summary>False when the value is not valid for the type.</summary>
    public static bool TryCoerce(object? value, GraphQLType type, out object? result)
    {
        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                result = null;
                return false;
            }
            return TryCoerce(value, nonNull.OfType, out result);
        }
        if (value is null)
        {
            result = null;
            return true;
        }
        switch (type)
        {
            case ListType list:
                if (!IsList(value))
                {
                    if (!TryCoerce(value, list.OfType, out var single))
                    {
                        result = null;
                        return false;
                    }
                    result = new object?[] { single };
                    return true;
                }
                if (value is IReadOnlyList<object?> indexed)
                {
                    // Indexed lists (the decoded JSON arrays of variables): one array of the final size, no enumerator.
                    var coerced = new object?[indexed.Count];
                    for (var i = 0; i < coerced.Length; i++)
                    {
                        if (!TryCoerce(indexed[i], list.OfType, out coerced[i]))
                        {
                            result = null;
                            return false;
                        }
                    }
                    result = coerced;
                    return true;
                }
                var items = new List<object?>();
                foreach (var item in (IEnumerable)value)
                {
                    if (!TryCoerce(item, list.OfType, out var coercedItem))
                    {
                        result = null;
                        return false;
                    }
                    items.Add(coercedItem);
                }
                result = items.ToArray();
                return true;
            case InputObjectType inputType:
                return TryCoerceObject(value, inputType, out result);
            default:
                return LeafCoercion.TryCoerceValue((NamedType)type, value, out result);
        }
    }

    private static bool TryCoerceObject(object value, InputObjectType type, out object? result)
    {
        result = null;
        if (!TryGetEntries(value, out var entries)) return false;
        foreach (var key in entries.Keys)
        {
            if (!type.Fields.Contains(key)) return false;
        }
        var coerced = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!entries.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.Type is NonNullType && !field.HasDefaultValue) return false;
                if (DefaultValues.TryGet(field, out var d)) coerced[field.Name] = d;
                continue;
            }
            if (!TryCoerce(fieldValue, field.Type, out var coercedField)) return false;
            coerced[field.Name] = coercedField;
        }
        // Spec 3.10.1 OneOf Input Objects: exactly one field, and it is not null.
        if (type.IsOneOf && (entries.Count != 1 || coerced.Count != 1 || coerced.Values.First() is null)) return false;
        result = InputObjectMaterializer.Materialize(type, coerced);
        return true;
    }

    /// <summary>Reports every reason why <paramref name="value"/> is not valid for <paramref name="type"/>.</summary>
    /// <param name="provided">False when the value was absent (JavaScript's undefined).</param>
    public static void Validate(object? value, bool provided, GraphQLType type, Action<string, IReadOnlyList<object>> onError, List<object>? path = null)
    {
        path ??= [];
        if (type is NonNullType nonNull)
        {
            if (!provided)
            {
                onError($"Expected a value of non-null type \"{type}\" to be provided.", path.ToArray());
                return;
            }
            if (value is null)
            {
                onError($"Expected value of non-null type \"{type}\" not to be null.", path.ToArray());
                return;
            }
            Validate(value, true, nonNull.OfType, onError, path);
            return;
        }
        if (value is null) return;
        switch (type)
        {
            case ListType list:
                if (!IsList(value))
                {
                    Validate(value, true, list.OfType, onError, path);
                    return;
                }
                var index = 0;
                foreach (var item in (IEnumerable)value)
                {
                    path.Add(index++);
                    Validate(item, true, list.OfType, onError, path);
                    path.RemoveAt(path.Count - 1);
                }
                return;
            case InputObjectType inputType:
                ValidateObject(value, inputType, onError, path);
                return;
            default:
                var message = LeafCoercion.Explain((NamedType)type, value);
                if (message is not null) onError(message, path.ToArray());
                return;
        }
    }

    private static void ValidateObject(object value, InputObjectType type, Action<string, IReadOnlyList<object>> onError, List<object> path)
    {
        if (!TryGetEntries(value, out var entries))
        {
            onError($"Expected value of type \"{type.Name}\" to be an object, found: {Inspect.Value(value)}.", path.ToArray());
            return;
        }
        foreach (var field in type.Fields)
        {
            if (!entries.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.Type is NonNullType && !field.HasDefaultValue)
                {
                    onError($"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Inspect.Value(value)}.", path.ToArray());
                }
                continue;
            }
            path.Add(field.Name);
            Validate(fieldValue, true, field.Type, onError, path);
            path.RemoveAt(path.Count - 1);
        }
        var known = new List<string>();
        foreach (var key in entries.Keys)
        {
            if (!type.Fields.Contains(key))
            {
                var names = new List<string>();
                foreach (var f in type.Fields) names.Add(f.Name);
                var suggestion = Utilities.Suggestions.DidYouMean(Utilities.Suggestions.List(key, names));
                onError($"Expected value of type \"{type.Name}\" not to include unknown field \"{key}\"{(suggestion.Length > 0 ? "." + suggestion + " Found" : ", found")}: {Inspect.Value(value)}.", path.ToArray());
                continue;
            }
            known.Add(key);
        }
        if (type.IsOneOf)
        {
            if (known.Count != 1)
            {
                onError(OneOfMessage(type), path.ToArray());
            }
            if (known.Count > 0 && entries[known[0]] is null)
            {
                path.Add(known[0]);
                onError(OneOfMessage(type), path.ToArray());
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    public static string OneOfMessage(InputObjectType type)
        => $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.";

    /// <summary>Lists are any enumerable but strings and maps (graphql-js isIterableObject).</summary>
    public static bool IsList(object value) => value is IEnumerable and not string and not IDictionary
        and not IReadOnlyDictionary<string, object?>;

    private static bool TryGetEntries(object value, out IReadOnlyDictionary<string, object?> entries)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map:
                entries = map;
                return true;
            case IDictionary<string, object?> dict:
                entries = new Dictionary<string, object?>(dict, StringComparer.Ordinal);
                return true;
            default:
                entries = null!;
                return false;
        }
    }
}
