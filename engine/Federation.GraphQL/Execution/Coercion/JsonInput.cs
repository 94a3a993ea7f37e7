using System.Text.Json;

namespace Federation.GraphQL.Execution.Coercion;

/// <summary>Turns JsonElement inputs into the plain .NET values the coercion rules expect.</summary>
internal static class JsonInput
{
    public static IReadOnlyDictionary<string, object?>? Normalize(IReadOnlyDictionary<string, object?>? variables)
    {
        if (variables is null) return null;
        var hasJson = false;
        foreach (var (_, v) in variables)
        {
            if (v is JsonElement) { hasJson = true; break; }
        }
        if (!hasJson) return variables;
        var result = new Dictionary<string, object?>(variables.Count, StringComparer.Ordinal);
        foreach (var (k, v) in variables) result[k] = v is JsonElement je ? ToValue(je) : v;
        return result;
    }

    public static object? ToValue(JsonElement json)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var p in json.EnumerateObject()) map[p.Name] = ToValue(p.Value);
                return map;
            case JsonValueKind.Array:
                var list = new List<object?>(json.GetArrayLength());
                foreach (var item in json.EnumerateArray()) list.Add(ToValue(item));
                return list;
            case JsonValueKind.String:
                return json.GetString();
            case JsonValueKind.Number:
                return json.TryGetInt64(out var l) ? l : json.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }
}
