using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Federation.GraphQL.AspNetCore.Http;

/// <summary>
/// A decoded JSON object of few properties (at most <see cref="MaxCount"/>): one array of entries in document order,
/// found by a linear ordinal scan, read-only once built. Cheaper than an ordered dictionary for the many small objects
/// of a request's variables (an <c>_entities</c> call carries one per representation); order matters to the engine's
/// input coercion, which walks the entries.
/// </summary>
internal sealed class JsonObjectMap : IReadOnlyDictionary<string, object?>
{
    /// <summary>Objects with more properties than this are decoded into an ordered dictionary.</summary>
    public const int MaxCount = 8;

    private KeyValuePair<string, object?>[] _entries;
    private int _count;

    public JsonObjectMap() => _entries = [];

    public int Count => _count;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The JSON object has no property \"{key}\".");

    public IEnumerable<string> Keys
    {
        get
        {
            for (var i = 0; i < _count; i++) yield return _entries[i].Key;
        }
    }

    public IEnumerable<object?> Values
    {
        get
        {
            for (var i = 0; i < _count; i++) yield return _entries[i].Value;
        }
    }

    /// <summary>Adds a property while decoding; a later duplicate replaces the earlier value in its place (as JSON.parse). False when full.</summary>
    internal bool TrySet(string key, object? value)
    {
        var index = IndexOf(key);
        if (index >= 0)
        {
            _entries[index] = new(key, value);
            return true;
        }
        if (_count == _entries.Length)
        {
            if (_count == MaxCount) return false;
            Array.Resize(ref _entries, _count == 0 ? 4 : MaxCount);
        }
        _entries[_count++] = new(key, value);
        return true;
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        if (index < 0)
        {
            value = null;
            return false;
        }
        value = _entries[index].Value;
        return true;
    }

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_entries[i].Key, key, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++) yield return _entries[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
