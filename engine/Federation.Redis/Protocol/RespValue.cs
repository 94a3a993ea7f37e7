using System.Globalization;
using System.Text;

namespace Federation.Redis.Protocol;

/// <summary>
/// One reply from Redis in any RESP2/RESP3 type. Strings, errors and big numbers keep their UTF-8 bytes; arrays, sets
/// and pushes keep their elements; maps keep key/value pairs flat (key, value, key, value...).
/// </summary>
public readonly struct RespValue
{
    private readonly object? _payload; // byte[] for string kinds, RespValue[] for aggregates
    private readonly long _number;     // Integer, Boolean (0/1), Double (bits), VerbatimString format (3 ASCII bytes)

    private RespValue(RespType type, object? payload, long number, RespValue[]? attributes)
    {
        Type = type;
        _payload = payload;
        _number = number;
        Attributes = attributes;
    }

    public RespType Type { get; }

    /// <summary>RESP3 attributes that preceded this value (flat key/value pairs), or null.</summary>
    public RespValue[]? Attributes { get; }

    public static RespValue Null => default(RespValue).With(RespType.Null);

    public static RespValue SimpleString(byte[] utf8) => new(RespType.SimpleString, utf8, 0, null);
    public static RespValue SimpleString(string text) => SimpleString(Encoding.UTF8.GetBytes(text));
    public static RespValue Error(byte[] utf8, bool blob = false) => new(blob ? RespType.BlobError : RespType.SimpleError, utf8, 0, null);
    public static RespValue Error(string text) => Error(Encoding.UTF8.GetBytes(text));
    public static RespValue BlobString(byte[] bytes) => new(RespType.BlobString, bytes, 0, null);
    public static RespValue BlobString(string text) => BlobString(Encoding.UTF8.GetBytes(text));
    public static RespValue Integer(long value) => new(RespType.Integer, null, value, null);
    public static RespValue Boolean(bool value) => new(RespType.Boolean, null, value ? 1 : 0, null);
    public static RespValue Double(double value) => new(RespType.Double, null, BitConverter.DoubleToInt64Bits(value), null);
    public static RespValue BigNumber(byte[] digits) => new(RespType.BigNumber, digits, 0, null);

    public static RespValue Verbatim(string format, byte[] content) =>
        new(RespType.VerbatimString, content, format[0] | (format[1] << 8) | (format[2] << 16), null);

    public static RespValue Aggregate(RespType type, RespValue[] elements) => new(type, elements, 0, null);

    internal RespValue With(RespType type) => new(type, _payload, _number, Attributes);

    internal RespValue WithAttributes(RespValue[] attributes) => new(Type, _payload, _number, attributes);

    public bool IsNull => Type == RespType.Null;

    public bool IsError => Type is RespType.SimpleError or RespType.BlobError;

    public bool IsAggregate => Type is RespType.Array or RespType.Set or RespType.Push or RespType.Map;

    /// <summary>Elements of an array, set or push; flat key/value pairs of a map; empty for other types.</summary>
    public RespValue[] Elements => _payload as RespValue[] ?? [];

    /// <summary>The raw bytes of a string, error, big number or verbatim string (content only); null otherwise.</summary>
    public byte[]? Bytes => _payload as byte[];

    public string VerbatimFormat => Type == RespType.VerbatimString
        ? new string([(char)(_number & 0xFF), (char)((_number >> 8) & 0xFF), (char)((_number >> 16) & 0xFF)])
        : "";

    public long AsInt64() => Type switch
    {
        RespType.Integer or RespType.Boolean => _number,
        RespType.Double => (long)BitConverter.Int64BitsToDouble(_number),
        RespType.BlobString or RespType.SimpleString or RespType.BigNumber =>
            long.Parse(Encoding.ASCII.GetString((byte[])_payload!), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        _ => throw new InvalidCastException($"A RESP {Type} is not an integer."),
    };

    public double AsDouble() => Type switch
    {
        RespType.Double => BitConverter.Int64BitsToDouble(_number),
        RespType.Integer => _number,
        RespType.BlobString or RespType.SimpleString or RespType.BigNumber => RespParsing.ParseDouble((byte[])_payload!),
        _ => throw new InvalidCastException($"A RESP {Type} is not a number."),
    };

    public bool AsBoolean() => Type switch
    {
        RespType.Boolean or RespType.Integer => _number != 0,
        _ => throw new InvalidCastException($"A RESP {Type} is not a boolean."),
    };

    /// <summary>Text of a string-like value (null for Null); integers and doubles print invariantly.</summary>
    public string? AsString() => Type switch
    {
        RespType.Null => null,
        RespType.Integer => _number.ToString(CultureInfo.InvariantCulture),
        RespType.Double => RespParsing.FormatDouble(BitConverter.Int64BitsToDouble(_number)),
        RespType.Boolean => _number != 0 ? "true" : "false",
        _ when _payload is byte[] b => Encoding.UTF8.GetString(b),
        _ => throw new InvalidCastException($"A RESP {Type} is not a string."),
    };

    public override string ToString() => Type switch
    {
        RespType.Null => "(nil)",
        RespType.Array or RespType.Set or RespType.Push or RespType.Map =>
            $"{Type}[{string.Join(", ", Elements.Select(e => e.ToString()))}]",
        _ => $"{Type}:{AsString()}",
    };
}
