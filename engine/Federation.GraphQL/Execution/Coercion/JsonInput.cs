using Federation.GraphQL.Utilities;
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

    public static object? ToValue(JsonElement json) => JsonValues.Decode(json);
}
