using System.Buffers;
using System.Text;
using System.Text.Json;
using Federation.GraphQL.AspNetCore.Http;

namespace Federation.GraphQL.AspNetCore.Tests.Http;

/// <summary>
/// The body decoder's value graph: small objects as <see cref="JsonObjectMap"/>, larger ones as ordered dictionaries,
/// equal (values, types and property order) to a plain decode of the same JSON with ordered dictionaries.
/// </summary>
public class JsonRequestReaderTests
{
    [Fact]
    public void Small_Object_Keeps_Order_And_Finds_Properties()
    {
        var map = Variables("""{"b": 1, "a": "x", "c": null, "__typename": "Product"}""");
        Assert.IsType<JsonObjectMap>(map);
        Assert.Equal(["b", "a", "c", "__typename"], map.Keys);
        Assert.Equal([1L, "x", null, "Product"], map.Values);
        Assert.Equal(["b", "a", "c", "__typename"], map.Select(e => e.Key));
        Assert.Equal(4, map.Count);
        Assert.Equal("x", map["a"]);
        Assert.True(map.TryGetValue("c", out var c));
        Assert.Null(c);
        Assert.True(map.ContainsKey("__typename"));
        Assert.False(map.ContainsKey("B"));
        Assert.False(map.TryGetValue("d", out _));
        Assert.Throws<KeyNotFoundException>(() => map["d"]);
        Assert.Throws<ArgumentNullException>(() => map.ContainsKey(null!));
    }

    [Fact]
    public void Empty_Object_Is_Empty()
    {
        var map = Variables("""{"o": {}}""");
        var empty = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(map["o"]);
        Assert.Empty(empty);
        Assert.False(empty.ContainsKey("a"));
    }

    [Fact]
    public void Duplicate_Property_Replaces_The_Earlier_Value_In_Place()
    {
        var map = Variables("""{"a": 1, "b": 2, "a": 3}""");
        Assert.Equal(["a", "b"], map.Keys);
        Assert.Equal(3L, map["a"]);
        AssertSameAsPlainDecode("""{"a": 1, "b": 2, "a": 3}""");
    }

    [Fact]
    public void Objects_Past_The_Small_Size_Become_Ordered_Dictionaries_In_Order()
    {
        var eight = Variables(ObjectOf(JsonObjectMap.MaxCount));
        Assert.IsType<JsonObjectMap>(eight);
        var nine = Variables(ObjectOf(JsonObjectMap.MaxCount + 1));
        Assert.IsType<OrderedDictionary<string, object?>>(nine);
        Assert.Equal(Enumerable.Range(0, JsonObjectMap.MaxCount + 1).Select(i => $"p{8 - i}"), nine.Keys);
        Assert.Equal(Enumerable.Range(0, JsonObjectMap.MaxCount + 1).Select(i => (object?)(long)i), nine.Values);
        // a duplicate after the switch still replaces in place
        var json = ObjectOf(JsonObjectMap.MaxCount + 2)[..^1] + """, "p8": "last"}""";
        var replaced = Variables(json);
        Assert.Equal("last", replaced["p8"]);
        Assert.Equal("p8", replaced.Keys.First());
        AssertSameAsPlainDecode(json);
    }

    [Fact]
    public void Scalars_Decode_As_Before()
    {
        var map = Variables("""{"t": true, "f": false, "i": 7, "big": 9007199254740993, "neg": -3, "d": 1.5, "e": 1e300, "s": "é\n", "n": null}""");
        Assert.Same(map["t"], Variables("""{"t": true}""")["t"]);
        Assert.Equal(true, map["t"]);
        Assert.Equal(false, map["f"]);
        // integers that fit in 64 bits decode to longs (exactly, past 2^53 too), other numbers to doubles
        Assert.Equal(7L, map["i"]);
        Assert.Equal(9007199254740993L, map["big"]);
        Assert.Equal(-3L, map["neg"]);
        Assert.Equal(1e20, Variables("""{"huge": 100000000000000000000}""")["huge"]);
        Assert.Equal(1.5, map["d"]);
        Assert.Equal(1e300, map["e"]);
        Assert.Equal("é\n", map["s"]);
        Assert.Null(map["n"]);
    }

    [Fact]
    public void Repeated_Strings_Are_Equal_To_A_Plain_Decode()
    {
        // escaped, non-ASCII and long names and values, and many distinct short ones (the string cache's slots collide)
        var items = Enumerable.Range(0, 300).Select(i =>
            $$"""{"__typename": "T{{i % 7}}", "id": "{{i}}", "na\u006de": "n\u00e9{{i % 3}}", "{{new string('k', 40)}}": "{{new string('v', 40 + i % 2)}}", "k{{i}}": {{i}}, "é": "ü{{i % 2}}"}""");
        var json = $$$"""{"list": [{{{string.Join(",", items)}}}], "nested": {"a": [[{"x": {"y": [1, "2", {"z": false}]}}]]}}""";
        AssertSameAsPlainDecode(json);
        var list = (List<object?>)Variables(json)["list"]!;
        var first = (IReadOnlyDictionary<string, object?>)list[0]!;
        Assert.Equal(["__typename", "id", "name", new string('k', 40), "k0", "é"], first.Keys);
        Assert.Equal("né0", first["name"]);
    }

    [Fact]
    public void Entities_Body_Decodes_As_Before()
    {
        var representations = Enumerable.Range(0, 100).Select(i => $$"""{"__typename":"Product","upc":"{{i % 9 + 1}}","price":{{i * 37}},"weight":{{i * 1000}}}""");
        AssertSameAsPlainDecode($$"""{"representations":[{{string.Join(",", representations)}}]}""");
    }

    [Fact]
    public void Get_Parameter_Object_Uses_The_Same_Decoding()
    {
        Assert.True(JsonRequestReader.TryReadObjectParameter("variables", """{"a": {"b": [1]}, "c": "d"}""", out var value, out _));
        Assert.IsType<JsonObjectMap>(value);
        AssertDeepEqual(PlainDecode(JsonDocument.Parse("""{"a": {"b": [1]}, "c": "d"}""").RootElement), value);
    }

    [Theory]
    [InlineData("""{"query": "{ a }"}""", "{ a }")]
    [InlineData("""{"query": "query {\n  a(s: \"\u00e9\\\\\") # \ud83d\ude00\n}"}""", "query {\n  a(s: \"é\\\\\") # 😀\n}")]
    [InlineData("""{"query": ""}""", "")]
    public void Query_Is_Kept_As_Its_Utf8_Bytes_With_Escapes_Undone(string body, string expected)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        // Split in two segments too, as a body read in several chunks arrives.
        var first = new Segment(bytes.AsMemory(0, bytes.Length / 2));
        var last = first.Append(bytes.AsMemory(bytes.Length / 2));
        foreach (var sequence in new[] { new ReadOnlySequence<byte>(bytes), new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length) })
        {
            Assert.True(JsonRequestReader.TryReadBody(sequence, false, 1, out var single, out _, out var rejection), rejection.Message);
            Assert.Equal(expected, Encoding.UTF8.GetString(single!.Query.Span));
        }
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory) => Memory = memory;

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }

    private static string ObjectOf(int count)
        => "{" + string.Join(", ", Enumerable.Range(0, count).Select(i => $"\"p{8 - i}\": {i}")) + "}";

    private static IReadOnlyDictionary<string, object?> Variables(string variablesJson)
    {
        var body = Encoding.UTF8.GetBytes($$"""{"query": "{ a }", "variables": {{variablesJson}}}""");
        Assert.True(JsonRequestReader.TryReadBody(new ReadOnlySequence<byte>(body), false, 1, out var single, out _, out var rejection), rejection.Message);
        return single!.Variables!;
    }

    private static void AssertSameAsPlainDecode(string variablesJson)
        => AssertDeepEqual(PlainDecode(JsonDocument.Parse(variablesJson).RootElement), Variables(variablesJson));

    /// <summary>The decoding before JsonObjectMap: ordered dictionaries for every object (longs for integers, doubles for other numbers).</summary>
    private static object? PlainDecode(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? l : (object)element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(PlainDecode).ToList(),
        _ => PlainObject(element),
    };

    private static OrderedDictionary<string, object?> PlainObject(JsonElement element)
    {
        var map = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject()) map[property.Name] = PlainDecode(property.Value);
        return map;
    }

    private static void AssertDeepEqual(object? expected, object? actual)
    {
        switch (expected)
        {
            case IReadOnlyDictionary<string, object?> map:
                var other = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(actual);
                Assert.Equal(map.Keys, other.Keys);
                Assert.Equal(map.Count, other.Count);
                foreach (var (key, value) in map)
                {
                    Assert.True(other.TryGetValue(key, out var found), key);
                    AssertDeepEqual(value, found);
                }
                break;
            case List<object?> list:
                var items = Assert.IsType<List<object?>>(actual);
                Assert.Equal(list.Count, items.Count);
                for (var i = 0; i < list.Count; i++) AssertDeepEqual(list[i], items[i]);
                break;
            case null:
                Assert.Null(actual);
                break;
            default:
                Assert.NotNull(actual);
                Assert.Equal(expected.GetType(), actual.GetType());
                Assert.Equal(expected, actual);
                break;
        }
    }
}
