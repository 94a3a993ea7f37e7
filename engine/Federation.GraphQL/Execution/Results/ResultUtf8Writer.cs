using System.Buffers;
using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Federation.GraphQL.Execution;

/// <summary>
/// Writes the data of a result (spec 7.1.1 data) straight into the output buffer, byte for byte what a
/// <see cref="Utf8JsonWriter"/> with <see cref="ResultJsonWriter.FastOptions"/> writes, without its per-call state
/// machine: objects from their shape's pre-encoded <c>"key":</c> prefixes, strings that need no escaping transcoded in
/// place, numbers and literals formatted directly. Any other value (strings to escape, JSON elements, maps that are not
/// result maps, unusual numbers) is written by a <see cref="Utf8JsonWriter"/> with the same options.
/// </summary>
internal ref struct ResultUtf8Writer
{
    private const int ChunkSize = 4096;
    private const int MaxDirectString = 1024;

    private readonly IBufferWriter<byte> _output;
    private Span<byte> _span;
    private int _used;
    private Utf8JsonWriter? _fallback;

    private ResultUtf8Writer(IBufferWriter<byte> output)
    {
        _output = output;
        _span = output.GetSpan(ChunkSize);
        _used = 0;
        _fallback = null;
    }

    /// <summary>Writes <c>{"data":…}</c> for a result with data and neither errors nor extensions.</summary>
    public static void WriteDataOnly(IBufferWriter<byte> output, IReadOnlyDictionary<string, object?>? data)
    {
        var writer = new ResultUtf8Writer(output);
        try
        {
            writer.WriteRaw("{\"data\":"u8);
            writer.WriteValue(data);
            writer.WriteByte((byte)'}');
        }
        finally
        {
            writer.Complete();
        }
    }

    private void Complete()
    {
        if (_used > 0) _output.Advance(_used);
        _used = 0;
        _span = default;
        _fallback?.Dispose();
    }

    private void WriteValue(object? value)
    {
        switch (value)
        {
            case null:
                WriteRaw("null"u8);
                return;
            case string s:
                WriteString(s);
                return;
            case ResultMap map:
                WriteMap(map);
                return;
            case bool b:
                WriteRaw(b ? "true"u8 : "false"u8);
                return;
            case int i32:
                WriteInteger(i32);
                return;
            case long i64:
                WriteInteger(i64);
                return;
            case double d when double.IsFinite(d):
                WriteDouble(d);
                return;
            case object?[] array:
                WriteByte((byte)'[');
                for (var i = 0; i < array.Length; i++)
                {
                    if (i > 0) WriteByte((byte)',');
                    WriteValue(array[i]);
                }
                WriteByte((byte)']');
                return;
            default:
                WriteWithJsonWriter(value);
                return;
        }
    }

    private void WriteMap(ResultMap map)
    {
        var prefixes = map.PropertyPrefixes;
        WriteByte((byte)'{');
        for (var i = 0; i < prefixes.Length; i++)
        {
            var prefix = prefixes[i];
            // Short prefixes are padded to 16 bytes: one unaligned 16-byte copy when the span has room for it.
            if (prefix.Padded.Length == 16 && _span.Length - _used >= 16)
            {
                Vector128.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(prefix.Padded))
                    .StoreUnsafe(ref Unsafe.Add(ref MemoryMarshal.GetReference(_span), _used));
                _used += prefix.Length;
            }
            else
            {
                WriteRaw(prefix.Padded.AsSpan(0, prefix.Length));
            }
            WriteValue(map.GetValueUnchecked(i));
        }
        WriteByte((byte)'}');
    }

    private void WriteString(string value)
    {
        // Safe ASCII (what the default encoder writes as it is) is narrowed in place; anything else goes through the writer.
        if (value.Length > MaxDirectString || value.AsSpan().IndexOfAnyExcept(SafeAscii) >= 0)
        {
            WriteWithJsonWriter(value);
            return;
        }
        Ensure(value.Length + 2);
        _span[_used] = (byte)'"';
        System.Text.Ascii.FromUtf16(value, _span[(_used + 1)..], out var written);
        _span[_used + 1 + written] = (byte)'"';
        _used += written + 2;
    }

    /// <summary>The ASCII characters the writer's default encoder writes as they are (asked of the encoder itself).</summary>
    private static readonly SearchValues<char> SafeAscii = CreateSafeAscii();

    private static SearchValues<char> CreateSafeAscii()
    {
        var safe = new List<char>();
        Span<byte> one = stackalloc byte[1];
        for (var c = 0; c < 128; c++)
        {
            one[0] = (byte)c;
            if (JavaScriptEncoder.Default.FindFirstCharacterToEncodeUtf8(one) < 0) safe.Add((char)c);
        }
        return SearchValues.Create(safe.ToArray());
    }

    private void WriteInteger(long value)
    {
        Ensure(20);
        Utf8Formatter.TryFormat(value, _span[_used..], out var written);
        _used += written;
    }

    // As ResultJsonWriter.WriteDouble: integral doubles without a fraction, short decimals directly, others by the writer.
    private void WriteDouble(double value)
    {
        if (value == Math.Floor(value) && Math.Abs(value) < 9007199254740992d)
        {
            WriteInteger((long)value);
            return;
        }
        Ensure(ResultJsonWriter.MaxShortDecimalLength);
        var written = ResultJsonWriter.FormatShortDecimal(value, _span[_used..]);
        if (written > 0) _used += written;
        else WriteWithJsonWriter(value);
    }

    private void WriteWithJsonWriter(object? value)
    {
        if (_used > 0) _output.Advance(_used);
        _used = 0;
        if (_fallback is null) _fallback = new Utf8JsonWriter(_output, ResultJsonWriter.FastOptions);
        else _fallback.Reset(_output);
        ResultJsonWriter.WriteValue(_fallback, value);
        _fallback.Flush();
        _span = _output.GetSpan(ChunkSize);
    }

    private void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _span.Length - _used) Ensure(bytes.Length);
        bytes.CopyTo(_span[_used..]);
        _used += bytes.Length;
    }

    private void WriteByte(byte value)
    {
        if (_used == _span.Length) Ensure(1);
        _span[_used++] = value;
    }

    private void Ensure(int count)
    {
        if (count <= _span.Length - _used) return;
        if (_used > 0) _output.Advance(_used);
        _used = 0;
        _span = _output.GetSpan(Math.Max(count, ChunkSize));
    }
}
