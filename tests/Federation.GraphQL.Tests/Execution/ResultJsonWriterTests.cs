using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Federation.GraphQL.Execution;
using Xunit;

namespace Federation.GraphQL.ExecutionTests;

public class ResultJsonWriterTests
{
    [Theory]
    [InlineData(1.75, "1.75")]
    [InlineData(0.05, "0.05")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(0.001, "0.001")]
    [InlineData(-123456789.125, "-123456789.125")]
    [InlineData(999999999.999, "999999999.999")]
    [InlineData(2.0, "2")]
    [InlineData(-0.0, "0")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1e-7, "1E-07")]
    [InlineData(1234567890.5, "1234567890.5")]
    public void Doubles_are_written_in_shortest_round_trip_form(double value, string expected)
    {
        Assert.Equal(expected, Write(value));
    }

    [Fact]
    public void Doubles_of_few_decimals_match_the_general_formatter()
    {
        var random = new Random(20261122);
        for (var i = 0; i < 200_000; i++)
        {
            var scale = Math.Pow(10, random.Next(0, 5));
            var magnitude = Math.Pow(10, random.Next(0, 11));
            var value = Math.Round((random.NextDouble() - 0.5) * magnitude * scale) / scale;
            if (i % 4 == 0) value = (random.NextDouble() - 0.5) * magnitude; // arbitrary doubles too
            if (value == Math.Floor(value)) continue; // integral doubles are written as integers (as JavaScript does)
            var expected = Reference(value);
            var actual = Write(value);
            if (expected != actual) Assert.Fail($"{value.ToString("R", CultureInfo.InvariantCulture)}: expected {expected}, wrote {actual}");
        }
    }

    [Fact]
    public void Doubles_inside_objects_and_lists_keep_their_separators()
    {
        var map = new ResultMap(["a", "b"]);
        var json = Write(new object?[] { 1.5, map, 0.25 });
        Assert.Equal("[1.5,{\"a\":null,\"b\":null},0.25]", json);
    }

    [Fact]
    public void Results_written_to_a_buffer_match_the_general_writer_byte_for_byte()
    {
        var random = new Random(7);
        for (var i = 0; i < 3000; i++)
        {
            var data = RandomMap(random, depth: 0);
            var result = new ExecutionResult(data, null);
            var expected = General(result);
            Assert.Equal(expected, Direct(result, new ArrayBufferWriter<byte>()));
            Assert.Equal(expected, Direct(result, new StingyBufferWriter()));
        }
    }

    [Theory]
    [InlineData("\ud800")]
    [InlineData("a\udc00b")]
    [InlineData("<script>&'\"\\\n\u0001\u007f\u00e9\u4e2d\ud83d\ude00")]
    public void Strings_to_escape_or_reject_behave_as_with_the_general_writer(string escaped)
    {
        var text = System.Text.RegularExpressions.Regex.Unescape(escaped);
        var result = new ExecutionResult(Map(("s", text)), null);
        string? expected = null, actual = null;
        Exception? expectedError = null, actualError = null;
        try { expected = General(result); } catch (Exception e) { expectedError = e; }
        try { actual = Direct(result, new ArrayBufferWriter<byte>()); } catch (Exception e) { actualError = e; }
        Assert.Equal(expected, actual);
        Assert.Equal(expectedError?.GetType(), actualError?.GetType());
    }

    [Fact]
    public void Results_with_errors_or_without_data_keep_their_shape()
    {
        var error = new GraphQLError("boom", null, ["a", 0], null);
        foreach (var result in new[]
        {
            new ExecutionResult(Map(("a", null)), [error]),
            ExecutionResult.FromError(error),
            new ExecutionResult(null, null),
            new ExecutionResult(Map(("a", 1)), null, extensions: Map(("cost", 3))),
        })
        {
            Assert.Equal(General(result), Direct(result, new StingyBufferWriter()));
        }
        Assert.Equal("{\"data\":null}", Direct(new ExecutionResult(null, null), new ArrayBufferWriter<byte>()));
    }

    private static ResultMap Map(params (string Key, object? Value)[] entries)
    {
        var map = new ResultMap(entries.Select(e => e.Key).ToArray());
        var set = typeof(ResultMap).GetMethod("SetValue", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        for (var i = 0; i < entries.Length; i++) set.Invoke(map, [i, entries[i].Value]);
        return map;
    }

    private static readonly string[] Texts =
    [
        "", "plain", "Item number 7", "quote\"d", "back\\slash", "new\nline", "<b>&amp;</b>", "it's", "caf\u00e9", "\u4e2d\u6587",
        "\ud83d\ude00", "tab\t", "\u0000", "\u007f", "\u2028", "+plus", "`tick`", new string('x', 1500), new string('\u00e9', 700),
    ];

    private static ResultMap RandomMap(Random random, int depth)
    {
        var count = random.Next(0, 6);
        var entries = new (string, object?)[count];
        for (var i = 0; i < count; i++) entries[i] = (i % 3 == 0 ? "k\u00e9y" + i : i % 3 == 1 ? "<" + i + ">" : "f" + i, RandomValue(random, depth));
        return Map(entries);
    }

    private static object? RandomValue(Random random, int depth)
    {
        switch (random.Next(0, depth < 3 ? 16 : 13))
        {
            case 0: return null;
            case 1: return Texts[random.Next(Texts.Length)];
            case 2: return random.Next(2) == 0;
            case 3: return random.Next(int.MinValue, int.MaxValue);
            case 4: return random.NextInt64();
            case 5: return Math.Round((random.NextDouble() - 0.5) * 1e6) / 100;
            case 6: return (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-8, 25));
            case 7: return new[] { double.NaN, double.PositiveInfinity, -0.0, 1e21, 5e-324 }[random.Next(5)];
            case 8: return 1.25m;
            case 9: return 2.5f;
            case 10: return JsonDocument.Parse("{\"j\":[1,\"<\"]}").RootElement.Clone();
            case 11: return new Dictionary<string, object?> { ["d"] = 1, ["<e>"] = "x" };
            case 12: return new List<object?> { 1, "two", null };
            case 13: return RandomMap(random, depth + 1);
            default:
                var items = new object?[random.Next(0, 4)];
                for (var i = 0; i < items.Length; i++) items[i] = RandomValue(random, depth + 1);
                return items;
        }
    }

    private static string General(ExecutionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ResultJsonWriter.FastOptions)) result.WriteTo(writer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Direct(ExecutionResult result, IBufferWriter<byte> output)
    {
        result.WriteTo(output);
        return output switch
        {
            ArrayBufferWriter<byte> array => Encoding.UTF8.GetString(array.WrittenSpan),
            StingyBufferWriter stingy => stingy.Text,
            _ => throw new InvalidOperationException(),
        };
    }

    /// <summary>Hands out spans of exactly the size asked for (at least 1), so that writes cross span boundaries.</summary>
    private sealed class StingyBufferWriter : IBufferWriter<byte>
    {
        private readonly List<byte> _written = [];
        private byte[] _current = [];

        public string Text => Encoding.UTF8.GetString(_written.ToArray());

        public void Advance(int count)
        {
            if (count > _current.Length) throw new InvalidOperationException("advanced past the span");
            _written.AddRange(_current.AsSpan(0, count).ToArray());
            _current = [];
        }

        public Memory<byte> GetMemory(int sizeHint = 0) => _current = new byte[Math.Max(sizeHint, 1)];

        public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;
    }

    private static string Write(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ResultJsonWriter.FastOptions)) ResultJsonWriter.WriteValue(writer, value);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Reference(double value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer)) writer.WriteNumberValue(value);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
