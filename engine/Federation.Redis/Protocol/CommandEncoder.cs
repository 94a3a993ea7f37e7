using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Federation.Redis.Protocol;

/// <summary>
/// Encodes one command as a RESP array of blob strings into a pooled buffer (the form every Redis version accepts).
/// The caller states the argument count up front; the buffer goes back to the pool once the command is written.
/// </summary>
public struct CommandEncoder
{
    private byte[] _buffer;
    private int _length;
    private int _remaining;

    public CommandEncoder(string command, int argumentCount)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(128);
        _length = 0;
        _remaining = argumentCount + 1;
        Name = command;
        WriteByte((byte)'*');
        WriteInteger(argumentCount + 1);
        WriteCrlf();
        Add(command);
    }

    /// <summary>The command's name, for error messages.</summary>
    public string Name { get; }

    /// <summary>The key the command acts on (for slot routing in a cluster), set by <see cref="AddKey"/>.</summary>
    public string? Key { get; private set; }

    public readonly int Length => _length;

    public readonly ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>
    /// A later key whose hash slot differs from <see cref="Key"/>'s (a cluster refuses such a command: CROSSSLOT);
    /// null when every key shares the first key's slot.
    /// </summary>
    public string? CrossSlotKey { get; private set; }

    public void AddKey(string key)
    {
        if (Key is null) Key = key;
        else if (CrossSlotKey is null && !ReferenceEquals(Key, key) && Cluster.HashSlot.Of(key) != Cluster.HashSlot.Of(Key)) CrossSlotKey = key;
        Add(key);
    }

    public void Add(string value)
    {
        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (max <= 256)
        {
            Span<byte> utf8 = stackalloc byte[max];
            Add(utf8[..Encoding.UTF8.GetBytes(value, utf8)]);
        }
        else
        {
            Add((ReadOnlySpan<byte>)Encoding.UTF8.GetBytes(value));
        }
    }

    public void Add(ReadOnlySpan<byte> value)
    {
        if (--_remaining < 0) throw new InvalidOperationException("More arguments than declared.");
        Ensure(value.Length + 24);
        WriteByte((byte)'$');
        WriteInteger(value.Length);
        WriteCrlf();
        value.CopyTo(_buffer.AsSpan(_length));
        _length += value.Length;
        WriteCrlf();
    }

    public void Add(long value)
    {
        Span<byte> digits = stackalloc byte[20];
        Utf8Formatter.TryFormat(value, digits, out var written);
        Add(digits[..written]);
    }

    public void Add(double value) => Add(RespParsing.FormatDouble(value));

    /// <summary>Adds any supported argument: string, byte[], ReadOnlyMemory&lt;byte&gt;, integers, floats, bool.</summary>
    public void Add(object? value)
    {
        switch (value)
        {
            case string s: Add(s); break;
            case byte[] b: Add((ReadOnlySpan<byte>)b); break;
            case ReadOnlyMemory<byte> m: Add(m.Span); break;
            case Memory<byte> m: Add((ReadOnlySpan<byte>)m.Span); break;
            case int i: Add((long)i); break;
            case long l: Add(l); break;
            case uint u: Add((long)u); break;
            case short s16: Add((long)s16); break;
            case double d: Add(d); break;
            case float f: Add((double)f); break;
            case decimal m: Add(m.ToString(CultureInfo.InvariantCulture)); break;
            case bool b: Add(b ? 1L : 0L); break;
            case TimeSpan t: Add((long)t.TotalMilliseconds); break;
            case null: throw new ArgumentNullException(nameof(value), "A Redis argument cannot be null.");
            default: Add(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""); break;
        }
    }

    /// <summary>Hands the encoded bytes over (the receiver returns the array to <see cref="ArrayPool{T}.Shared"/>).</summary>
    public (byte[] Buffer, int Length) Detach()
    {
        if (_remaining != 0) throw new InvalidOperationException($"{Name}: {_remaining} declared argument(s) missing.");
        var result = (_buffer, _length);
        _buffer = [];
        _length = 0;
        return result;
    }

    /// <summary>A copy of the complete command in its own pooled buffer (a cluster router keeps one to resend on MOVED/ASK).</summary>
    internal readonly CommandEncoder Copy()
    {
        if (_remaining != 0) throw new InvalidOperationException($"{Name}: {_remaining} declared argument(s) missing.");
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(_length, 16));
        _buffer.AsSpan(0, _length).CopyTo(buffer);
        return new CommandEncoder(Name, Key, CrossSlotKey, buffer, _length);
    }

    private CommandEncoder(string name, string? key, string? crossSlotKey, byte[] buffer, int length)
    {
        Name = name;
        Key = key;
        CrossSlotKey = crossSlotKey;
        _buffer = buffer;
        _length = length;
        _remaining = 0;
    }

    /// <summary>Returns the buffer to the pool without sending (when building the command failed).</summary>
    public void Abandon()
    {
        if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void Ensure(int extra)
    {
        if (_length + extra <= _buffer.Length) return;
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + extra));
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }

    private void WriteByte(byte b)
    {
        Ensure(1);
        _buffer[_length++] = b;
    }

    private void WriteInteger(long value)
    {
        Ensure(20);
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_length), out var written);
        _length += written;
    }

    private void WriteCrlf()
    {
        Ensure(2);
        _buffer[_length++] = (byte)'\r';
        _buffer[_length++] = (byte)'\n';
    }
}
