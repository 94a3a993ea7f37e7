using System.Text;
using System.Text.Json;

namespace Federation.GraphQL.AspNetCore.Http;

/// <summary>
/// The strings of one JSON value being decoded (property names and short string values), so that the names repeated
/// by every object of a list (and values such as <c>__typename</c>) are one string each: a direct-mapped table by a hash
/// of the UTF-8 bytes, compared ordinally; a miss decodes the string and takes the slot. Only short, unescaped ASCII
/// strings are kept; anything else is decoded as usual.
/// </summary>
internal sealed class JsonStringCache
{
    private const int Slots = 64;
    private const int MaxLength = 32;

    private readonly string?[] _strings = new string?[Slots];

    /// <summary>The current token's string (a property name or a string value), equal to <see cref="Utf8JsonReader.GetString"/>.</summary>
    public string Get(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxLength) return reader.GetString()!;
        var bytes = reader.ValueSpan;
        var slot = (int)((uint)Hash(bytes) % Slots);
        if (_strings[slot] is { } known && Ascii.Equals(bytes, known)) return known;
        var decoded = reader.GetString()!;
        if (Ascii.IsValid(bytes)) _strings[slot] = decoded;
        return decoded;
    }

    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        // FNV-1a: short strings, no need for more.
        var hash = 2166136261u;
        foreach (var b in bytes) hash = (hash ^ b) * 16777619u;
        return (int)hash;
    }
}
