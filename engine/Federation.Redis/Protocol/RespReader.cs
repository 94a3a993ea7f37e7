using System.Buffers;
using System.Buffers.Text;
using System.Runtime.CompilerServices;

namespace Federation.Redis.Protocol;

/// <summary>
/// Parses RESP2 and RESP3 replies from a byte sequence that may hold a partial reply. A reply is consumed only when it
/// is complete, so the caller can feed bytes as they arrive and call again.
/// </summary>
public static class RespReader
{
    private const int MaxDepth = 512;

    /// <summary>Reads one complete reply; on success slices <paramref name="buffer"/> past it.</summary>
    /// <exception cref="RedisProtocolException">The bytes are not RESP.</exception>
    public static bool TryRead(ref ReadOnlySequence<byte> buffer, out RespValue value)
    {
        var reader = new SequenceReader<byte>(buffer);
        if (!TryParse(ref reader, out value, 0)) return false;
        buffer = buffer.Slice(reader.Position);
        return true;
    }

    private static bool TryParse(ref SequenceReader<byte> reader, out RespValue value, int depth)
    {
        value = default;
        if (depth > MaxDepth) ThrowProtocol("replies nested too deeply");
        if (!reader.TryRead(out var prefix)) return false;
        switch (prefix)
        {
            case (byte)'+': return TryLine(ref reader, out var s) && Done(RespValue.SimpleString(s.ToArray()), out value);
            case (byte)'-': return TryLine(ref reader, out var e) && Done(RespValue.Error(e.ToArray()), out value);
            case (byte)'(': return TryLine(ref reader, out var big) && Done(RespValue.BigNumber(big.ToArray()), out value);
            case (byte)':':
                if (!TryLine(ref reader, out var i)) return false;
                value = RespValue.Integer(ParseInteger(i));
                return true;
            case (byte)',':
                if (!TryLine(ref reader, out var d)) return false;
                value = RespValue.Double(RespParsing.ParseDouble(d));
                return true;
            case (byte)'#':
                if (!TryLine(ref reader, out var b)) return false;
                if (b.Length != 1 || (b[0] != (byte)'t' && b[0] != (byte)'f')) ThrowProtocol("a boolean must be #t or #f");
                value = RespValue.Boolean(b[0] == (byte)'t');
                return true;
            case (byte)'_':
                if (!TryLine(ref reader, out var n)) return false;
                if (n.Length != 0) ThrowProtocol("a null carries no data");
                value = RespValue.Null;
                return true;
            case (byte)'$': return TryBlob(ref reader, RespType.BlobString, out value);
            case (byte)'!': return TryBlob(ref reader, RespType.BlobError, out value);
            case (byte)'=': return TryBlob(ref reader, RespType.VerbatimString, out value);
            case (byte)'*': return TryAggregate(ref reader, RespType.Array, 1, out value, depth);
            case (byte)'~': return TryAggregate(ref reader, RespType.Set, 1, out value, depth);
            case (byte)'>': return TryAggregate(ref reader, RespType.Push, 1, out value, depth);
            case (byte)'%': return TryAggregate(ref reader, RespType.Map, 2, out value, depth);
            case (byte)'|':
                if (!TryAggregate(ref reader, RespType.Map, 2, out var attributes, depth)) return false;
                if (!TryParse(ref reader, out var inner, depth + 1)) return false;
                value = inner.WithAttributes(attributes.Elements);
                return true;
            default:
                ThrowProtocol($"unexpected type prefix 0x{prefix:X2}");
                return false;
        }
    }

    private static bool Done(RespValue v, out RespValue value)
    {
        value = v;
        return true;
    }

    private static bool TryBlob(ref SequenceReader<byte> reader, RespType type, out RespValue value)
    {
        value = default;
        if (!TryLine(ref reader, out var header)) return false;
        var length = ParseInteger(header);
        if (length < 0)
        {
            value = RespValue.Null; // RESP2 null bulk string $-1
            return true;
        }
        if (length > int.MaxValue - 2) ThrowProtocol("blob too large");
        if (reader.Remaining < length + 2) return false;
        var bytes = GC.AllocateUninitializedArray<byte>((int)length);
        reader.TryCopyTo(bytes);
        reader.Advance(length);
        if (!reader.IsNext("\r\n"u8, advancePast: true)) ThrowProtocol("a blob must end with CRLF");
        if (type == RespType.VerbatimString)
        {
            if (bytes.Length < 4 || bytes[3] != (byte)':') ThrowProtocol("a verbatim string starts with a 3-letter format and ':'");
            value = RespValue.Verbatim(new string([(char)bytes[0], (char)bytes[1], (char)bytes[2]]), bytes.AsSpan(4).ToArray());
        }
        else
        {
            value = type == RespType.BlobError ? RespValue.Error(bytes, blob: true) : RespValue.BlobString(bytes);
        }
        return true;
    }

    private static bool TryAggregate(ref SequenceReader<byte> reader, RespType type, int width, out RespValue value, int depth)
    {
        value = default;
        if (!TryLine(ref reader, out var header)) return false;
        var count = ParseInteger(header);
        if (count < 0)
        {
            value = RespValue.Null; // RESP2 null array *-1
            return true;
        }
        if (count > reader.Remaining) return false; // each element takes at least one byte... and more: not here yet
        var elements = count == 0 ? [] : new RespValue[count * width];
        for (var k = 0; k < elements.Length; k++)
        {
            if (!TryParse(ref reader, out elements[k], depth + 1)) return false;
        }
        value = RespValue.Aggregate(type, elements);
        return true;
    }

    /// <summary>The bytes up to CRLF (not included); advances past the CRLF.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryLine(ref SequenceReader<byte> reader, out ReadOnlySpan<byte> line)
    {
        if (reader.UnreadSpan.IndexOf((byte)'\n') is var at and > 0 && reader.UnreadSpan[at - 1] == (byte)'\r')
        {
            line = reader.UnreadSpan[..(at - 1)];
            reader.Advance(at + 1);
            return true;
        }
        return TryLineSlow(ref reader, out line);
    }

    private static bool TryLineSlow(ref SequenceReader<byte> reader, out ReadOnlySpan<byte> line)
    {
        if (!reader.TryReadTo(out ReadOnlySequence<byte> sequence, (byte)'\n')) { line = default; return false; }
        var bytes = sequence.ToArray();
        if (bytes.Length == 0 || bytes[^1] != (byte)'\r') ThrowProtocol("a line must end with CRLF");
        line = bytes.AsSpan(0, bytes.Length - 1);
        return true;
    }

    private static long ParseInteger(ReadOnlySpan<byte> text)
    {
        if (!Utf8Parser.TryParse(text, out long n, out var consumed) || consumed != text.Length)
        {
            ThrowProtocol("expected an integer");
        }
        return n;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowProtocol(string reason) => throw new RedisProtocolException($"Invalid RESP reply: {reason}.");
}
