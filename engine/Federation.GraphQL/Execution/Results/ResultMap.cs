using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Federation.GraphQL.Execution;

/// <summary>
/// An object in the response data (spec 7.1.1 data): response names in selection order, each with its completed value.
/// The names array is shared by every object completed from the same selection plan.
/// </summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly string[] _keys;
    private readonly object?[] _values;
    private JsonEncodedText[]? _encodedKeys;

    public ResultMap(string[] keys)
    {
        _keys = keys;
        _values = keys.Length == 0 ? [] : new object?[keys.Length];
    }

    internal ResultMap(string[] keys, JsonEncodedText[] encodedKeys) : this(keys) => _encodedKeys = encodedKeys;

    /// <summary>The response names pre-encoded for the JSON writer (shared by the objects of one selection plan).</summary>
    internal JsonEncodedText[] EncodedKeys => _encodedKeys ??= Encode(_keys);

    internal static JsonEncodedText[] Encode(string[] keys)
    {
        var encoded = new JsonEncodedText[keys.Length];
        for (var i = 0; i < keys.Length; i++) encoded[i] = JsonEncodedText.Encode(keys[i], ResultJsonWriter.Options.Encoder);
        return encoded;
    }

    internal void SetValue(int index, object? value) => _values[index] = value;

    public int Count => _keys.Length;

    public string GetKey(int index) => _keys[index];

    public object? GetValue(int index) => _values[index];

    public object? this[string key] => TryGetValue(key, out var v) ? v : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<object?> Values => _values;

    public bool ContainsKey(string key) => Array.IndexOf(_keys, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var i = Array.IndexOf(_keys, key);
        if (i < 0)
        {
            value = null;
            return false;
        }
        value = _values[i];
        return true;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++) yield return new(_keys[i], _values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
