using System.Text.Json;

namespace Federation.GraphQL.Utilities;

/// <summary>
/// Decodes JSON (variables, extensions, root values, representations) into the engine's runtime value conventions: null, bool, string, long (integers that fit), double,
/// IReadOnlyList&lt;object?&gt; and IReadOnlyDictionary&lt;string, object?&gt; keeping the key order of the input.
/// </summary>
public static class JsonValues
{
    public static object? Decode(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? l : (object)element.GetDouble(),
        JsonValueKind.Array => DecodeArray(element),
        JsonValueKind.Object => DecodeObject(element),
        _ => throw new JsonException($"Unexpected JSON value kind {element.ValueKind}."),
    };

    /// <summary>Decodes a JSON object; a later duplicate key replaces the earlier value (as JSON.parse does).</summary>
    public static IReadOnlyDictionary<string, object?> DecodeObject(JsonElement element)
    {
        var map = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject()) map[property.Name] = Decode(property.Value);
        return map;
    }

    public static IReadOnlyDictionary<string, object?> ParseObject(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object) throw new JsonException("Expected a JSON object.");
        return DecodeObject(document.RootElement);
    }

    public static object? Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Decode(document.RootElement);
    }

    private static IReadOnlyList<object?> DecodeArray(JsonElement element)
    {
        var list = new List<object?>(element.GetArrayLength());
        foreach (var item in element.EnumerateArray()) list.Add(Decode(item));
        return list;
    }
}
