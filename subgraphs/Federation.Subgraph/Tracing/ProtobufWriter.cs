using System.Buffers;
using System.Text;

namespace Federation.Subgraph.Tracing;

/// <summary>
/// The few protobuf encodings a trace needs (protobuf "Encoding": varints, tags, length-delimited strings and nested
/// messages). A nested message is written by <see cref="WriteMessage{T}"/> into its own writer and copied in with its length.
/// </summary>
internal sealed class ProtobufWriter
{
    private const int Varint = 0;
    private const int LengthDelimited = 2;

    private readonly ArrayBufferWriter<byte> _buffer = new(256);

    public ReadOnlySpan<byte> WrittenSpan => _buffer.WrittenSpan;

    /// <summary>An unsigned integer field (uint32, uint64); proto3 omits zero unless <paramref name="always"/> (oneof members).</summary>
    public void WriteUInt64(int field, ulong value, bool always = false)
    {
        if (value == 0 && !always) return;
        WriteTag(field, Varint);
        WriteVarint(value);
    }

    /// <summary>A signed int64/int32 field (two's complement varint, as protobuf encodes non-zigzag signed types).</summary>
    public void WriteInt64(int field, long value)
    {
        if (value == 0) return;
        WriteTag(field, Varint);
        WriteVarint(unchecked((ulong)value));
    }

    public void WriteString(int field, string? value, bool always = false)
    {
        if (value is null || (value.Length == 0 && !always)) return;
        WriteTag(field, LengthDelimited);
        var length = Encoding.UTF8.GetByteCount(value);
        WriteVarint((ulong)length);
        var span = _buffer.GetSpan(length);
        Encoding.UTF8.GetBytes(value, span);
        _buffer.Advance(length);
    }

    /// <summary>A nested message field, written by <paramref name="write"/>.</summary>
    public void WriteMessage<T>(int field, T value, Action<ProtobufWriter, T> write)
    {
        var nested = new ProtobufWriter();
        write(nested, value);
        WriteTag(field, LengthDelimited);
        WriteVarint((ulong)nested._buffer.WrittenCount);
        _buffer.Write(nested._buffer.WrittenSpan);
    }

    private void WriteTag(int field, int wireType) => WriteVarint((ulong)((field << 3) | wireType));

    private void WriteVarint(ulong value)
    {
        var span = _buffer.GetSpan(10);
        var i = 0;
        while (value >= 0x80)
        {
            span[i++] = (byte)(value | 0x80);
            value >>= 7;
        }
        span[i++] = (byte)value;
        _buffer.Advance(i);
    }
}
