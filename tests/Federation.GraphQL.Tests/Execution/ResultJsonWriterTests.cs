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
