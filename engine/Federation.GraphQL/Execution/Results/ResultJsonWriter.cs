using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Federation.GraphQL.Execution;

/// <summary>Writes results and errors as JSON (spec 7.1.2 error result format).</summary>
public static class ResultJsonWriter
{
    /// <summary>Writer options that escape like JSON.stringify (non-ASCII text and quotes as they are); used by ToJson.</summary>
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <summary>
    /// Writer options for servers: the default encoder, about three times faster than <see cref="Options"/> (it escapes
    /// non-ASCII and HTML-sensitive characters as \uXXXX, which parses to the same text).
    /// </summary>
    public static readonly JsonWriterOptions FastOptions = new() { SkipValidation = true };

    public static void WriteResult(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var e in errors) WriteError(writer, e);
            writer.WriteEndArray();
        }
        if (result.HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, result.Data);
        }
        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }
        writer.WriteEndObject();
    }

    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var l in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", l.Line);
                writer.WriteNumber("column", l.Column);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (error.Path is { } path)
        {
            writer.WritePropertyName("path");
            writer.WriteStartArray();
            foreach (var segment in path)
            {
                if (segment is int i) writer.WriteNumberValue(i);
                else writer.WriteStringValue(segment.ToString());
            }
            writer.WriteEndArray();
        }
        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes a completed value: maps, lists, strings, numbers, booleans, null, JsonElement.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case string s:
                writer.WriteStringValue(s);
                return;
            case ResultMap map:
                var keys = map.EncodedKeys;
                writer.WriteStartObject();
                for (var i = 0; i < keys.Length; i++)
                {
                    writer.WritePropertyName(keys[i]);
                    WriteValue(writer, map.GetValue(i));
                }
                writer.WriteEndObject();
                return;
            case bool b:
                writer.WriteBooleanValue(b);
                return;
            case int i32:
                writer.WriteNumberValue(i32);
                return;
            case long i64:
                writer.WriteNumberValue(i64);
                return;
            case double d:
                WriteDouble(writer, d);
                return;
            case float f:
                WriteDouble(writer, f);
                return;
            case decimal m:
                writer.WriteNumberValue(m);
                return;
            case short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                return;
            case ulong u64:
                writer.WriteNumberValue(u64);
                return;
            case JsonElement je:
                je.WriteTo(writer);
                return;
            case object?[] array:
                writer.WriteStartArray();
                foreach (var item in array) WriteValue(writer, item);
                writer.WriteEndArray();
                return;
            case IReadOnlyDictionary<string, object?> dict:
                writer.WriteStartObject();
                foreach (var (k, v) in dict)
                {
                    writer.WritePropertyName(k);
                    WriteValue(writer, v);
                }
                writer.WriteEndObject();
                return;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry e in dictionary)
                {
                    writer.WritePropertyName(Convert.ToString(e.Key, CultureInfo.InvariantCulture) ?? "");
                    WriteValue(writer, e.Value);
                }
                writer.WriteEndObject();
                return;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list) WriteValue(writer, item);
                writer.WriteEndArray();
                return;
            case Guid g:
                writer.WriteStringValue(g);
                return;
            case DateTimeOffset dto:
                writer.WriteStringValue(dto);
                return;
            case DateTime dt:
                writer.WriteStringValue(dt);
                return;
            case Enum en:
                writer.WriteStringValue(en.ToString());
                return;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
        }
    }

    // Integral doubles are written without a fraction (1.0 as 1) as JavaScript does; others in shortest round-trip form.
    private static void WriteDouble(Utf8JsonWriter writer, double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            writer.WriteNullValue();
            return;
        }
        if (d == Math.Floor(d) && Math.Abs(d) < 9007199254740992d)
        {
            writer.WriteNumberValue((long)d);
            return;
        }
        if (TryWriteShortDecimal(writer, d)) return;
        writer.WriteNumberValue(d);
    }

    private static readonly ulong[] DigitScales = [10, 100, 1000];

    /// <summary>The longest text <see cref="FormatShortDecimal"/> writes.</summary>
    internal const int MaxShortDecimalLength = 24;

    private static bool TryWriteShortDecimal(Utf8JsonWriter writer, double d)
    {
        Span<byte> text = stackalloc byte[MaxShortDecimalLength];
        var written = FormatShortDecimal(d, text);
        if (written == 0) return false;
        writer.WriteRawValue(text[..written], skipInputValidation: true);
        return true;
    }

    /// <summary>
    /// Formats a non-integral double of at most three decimals (prices, ratings) without the general shortest round-trip
    /// formatter, digit for digit what that formatter (and JavaScript) writes: for |d| &lt; 1e9 a double's spacing is far
    /// below 0.001, so the only k-decimal number (k = 1, 2, 3) that parses back to d is round(d * 10^k) / 10^k, and the
    /// first k for which that division (correctly rounded, like parsing) gives d back is the shortest form.
    /// Returns the number of bytes written to <paramref name="text"/>, or 0 when d is not such a number.
    /// </summary>
    internal static int FormatShortDecimal(double d, Span<byte> text)
    {
        if (!(Math.Abs(d) < 1e9)) return 0;
        // A k-decimal form (k <= 3) parses to d exactly when its 3-decimal form does (same rational number): one division
        // tells, and dropping trailing zeros gives the shortest k.
        var scaled = Math.Round(d * 1000d);
        if (scaled / 1000d != d) return 0;
        var digits = (ulong)Math.Abs((long)scaled);
        var fraction = 3;
        while (fraction > 1 && digits % 10 == 0)
        {
            digits /= 10;
            fraction--;
        }
        var integerDigits = 1;
        for (var rest = digits / DigitScales[fraction - 1]; rest >= 10; rest /= 10) integerDigits++;
        var length = (d < 0 ? 1 : 0) + integerDigits + 1 + fraction;
        // Digits from the right: the fraction, the point, then the integer part (at least one digit), then the sign.
        var at = length;
        for (var i = 0; i < fraction; i++)
        {
            text[--at] = (byte)('0' + (int)(digits % 10));
            digits /= 10;
        }
        text[--at] = (byte)'.';
        for (var i = 0; i < integerDigits; i++)
        {
            text[--at] = (byte)('0' + (int)(digits % 10));
            digits /= 10;
        }
        if (d < 0) text[0] = (byte)'-';
        return length;
    }
}
