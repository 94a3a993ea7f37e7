using System.Collections;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Federation.GraphQL.Execution;

/// <summary>
/// An object in the response data (spec 7.1.1 data): response names in selection order, each with its completed value.
/// The names array is shared by every object completed from the same selection plan.
/// </summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly ResultShape _shape;
    // The values live in _values[_offset .. _offset + Count): maps completed together share one array (ResultSlab).
    private readonly object?[] _values;
    private readonly int _offset;

    public ResultMap(string[] keys)
    {
        _shape = new ResultShape(keys);
        _values = keys.Length == 0 ? [] : new object?[keys.Length];
    }

    internal ResultMap(ResultShape shape, object?[] values, int offset)
    {
        _shape = shape;
        _values = values;
        _offset = offset;
    }

    /// <summary>The response names pre-encoded for the JSON writer (shared by the objects of one selection plan).</summary>
    internal JsonEncodedText[] EncodedKeys => _shape.EncodedKeys;

    /// <summary>Each property's <c>"key":</c> in UTF-8, with the separating comma before all but the first (ResultUtf8Writer).</summary>
    internal PropertyPrefix[] PropertyPrefixes => _shape.PropertyPrefixes;

    internal static JsonEncodedText[] Encode(string[] keys)
    {
        var encoded = new JsonEncodedText[keys.Length];
        for (var i = 0; i < keys.Length; i++) encoded[i] = JsonEncodedText.Encode(keys[i], ResultJsonWriter.Options.Encoder);
        return encoded;
    }

    /// <summary>Stores a value; index &lt; Count (callers iterate the shape). The storage is always an exact object?[],
    /// so the store needs neither the bounds nor the covariance check.</summary>
    internal void SetValue(int index, object? value)
    {
        Debug.Assert((uint)index < (uint)Count && _values.GetType() == typeof(object[]));
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_values), _offset + index) = value;
    }

    /// <summary>A value by index, for index &lt; Count.</summary>
    internal object? GetValueUnchecked(int index)
    {
        Debug.Assert((uint)index < (uint)Count);
        return Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_values), _offset + index);
    }

    public int Count => _shape.Keys.Length;

    public string GetKey(int index) => _shape.Keys[index];

    public object? GetValue(int index) => (uint)index < (uint)Count ? _values[_offset + index] : throw new IndexOutOfRangeException();

    public object? this[string key] => TryGetValue(key, out var v) ? v : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => _shape.Keys;

    public IEnumerable<object?> Values => new ArraySegment<object?>(_values, _offset, Count);

    public bool ContainsKey(string key) => Array.IndexOf(_shape.Keys, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var i = Array.IndexOf(_shape.Keys, key);
        if (i < 0)
        {
            value = null;
            return false;
        }
        value = _values[_offset + i];
        return true;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        var keys = _shape.Keys;
        for (var i = 0; i < keys.Length; i++) yield return new(keys[i], _values[_offset + i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>The response names of the objects completed from one selection plan, with their JSON-encoded form.</summary>
internal sealed class ResultShape
{
    private JsonEncodedText[]? _encodedKeys;

    public ResultShape(string[] keys) => Keys = keys;

    public ResultShape(string[] keys, JsonEncodedText[] encodedKeys)
    {
        Keys = keys;
        _encodedKeys = encodedKeys;
    }

    public string[] Keys { get; }

    public JsonEncodedText[] EncodedKeys => _encodedKeys ??= ResultMap.Encode(Keys);

    private PropertyPrefix[]? _propertyPrefixes;

    public PropertyPrefix[] PropertyPrefixes => _propertyPrefixes ??= CreatePropertyPrefixes(EncodedKeys);

    private static PropertyPrefix[] CreatePropertyPrefixes(JsonEncodedText[] keys)
    {
        var prefixes = new PropertyPrefix[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var name = keys[i].EncodedUtf8Bytes;
            var comma = i > 0 ? 1 : 0;
            var length = comma + name.Length + 3;
            var prefix = new byte[Math.Max(length, 16)];
            if (comma == 1) prefix[0] = (byte)',';
            prefix[comma] = (byte)'"';
            name.CopyTo(prefix.AsSpan(comma + 1));
            prefix[length - 2] = (byte)'"';
            prefix[length - 1] = (byte)':';
            prefixes[i] = new PropertyPrefix(prefix, length);
        }
        return prefixes;
    }
}

/// <summary>A property's <c>[,]"key":</c> bytes: the first <see cref="Length"/> bytes of <see cref="Padded"/> (at least 16 long).</summary>
internal readonly record struct PropertyPrefix(byte[] Padded, int Length);

/// <summary>
/// Hands out the value storage of result maps from shared arrays of growing size, so that an object of the response
/// costs no array of its own. Not thread-safe: used only by the synchronous part of an execution.
/// </summary>
internal sealed class ResultSlab
{
    private const int FirstSize = 16;
    private const int MaxSize = 1024;
    private const int MaxExpected = 8192;

    private readonly int _firstSize;
    private object?[] _current = [];
    private int _used;

    /// <param name="expectedSlots">How many values the execution is expected to store (the last run of the same
    /// document's), so that its first array holds them all; 0 when unknown.</param>
    public ResultSlab(int expectedSlots = 0) => _firstSize = Math.Clamp(expectedSlots, FirstSize, MaxExpected);

    /// <summary>How many value slots were handed out.</summary>
    public int Handed { get; private set; }

    public ResultMap Create(ResultShape shape)
    {
        var count = shape.Keys.Length;
        if (count > _current.Length - _used)
        {
            if (count > MaxSize / 4) return new ResultMap(shape, new object?[count], 0);
            _current = new object?[_current.Length == 0 ? _firstSize : Math.Clamp(_current.Length * 2, FirstSize, MaxSize)];
            _used = 0;
        }
        var map = new ResultMap(shape, _current, _used);
        _used += count;
        Handed += count;
        return map;
    }
}
