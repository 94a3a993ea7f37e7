using Federation.GraphQL.Types;
using static Federation.GraphQL.ExecutionTests.ExecutionTestHarness;

namespace Federation.GraphQL.ExecutionTests;

// The executor stores built-in scalars read by the default resolver as read when they are already in serialized form;
// everything else (conversions, nulls at non-null positions, throwing getters, tasks, JSON elements) must answer as the
// general path does, in the synchronous part and after an asynchronous parent alike.
public class DirectLeafTests
{
    private const string Sdl = """
        type Query { items: [Item] later: [Item] }
        type Item { s: String n: Int! f: Float b: Boolean id: ID boom: String must: String! task: Int }
        """;

    public sealed class Thing
    {
        public Thing(object? n, object? f) => (N, F) = (n, f);
        public string S => "text";
        public object? N { get; }
        public object? F { get; }
        public bool B => true;
        public int Id => 7;
        public string Boom => throw new InvalidOperationException("getter failed");
        public string? Must => null;
        public Task<int> Task => System.Threading.Tasks.Task.FromResult(5);
    }

    private static Schema CreateSchema(object items)
    {
        var schema = new SchemaBuilder().AddDocument(Sdl);
        schema.AddResolver("Query", "items", _ => items);
        schema.AddResolver("Query", "later", async _ =>
        {
            await Task.Yield();
            return items;
        });
        return schema.Build();
    }

    [Theory]
    [InlineData("items")]
    [InlineData("later")]
    public async Task Dictionaries_Convert_What_Is_Not_Serialized(string field)
    {
        var items = new object[]
        {
            new Dictionary<string, object?> { ["s"] = "a", ["n"] = 1, ["f"] = 1.5, ["b"] = false, ["id"] = "x" },
            new Dictionary<string, object?> { ["s"] = 12L, ["n"] = 2L, ["f"] = 2, ["b"] = null, ["id"] = 9L },
            new OrderedDictionary<string, object?> { ["s"] = "j", ["n"] = 3L, ["f"] = double.NaN },
        };
        Assert.Equal(
            """{"errors":[{"message":"Float cannot represent non numeric value: NaN","locations":[{"line":1,"column":""" + (10 + field.Length) + """}],"path":["""
            + "\"" + field + "\"" + """,2,"f"]}],"data":{""" + "\"" + field + "\"" + """:[{"s":"a","n":1,"f":1.5,"b":false,"id":"x"},{"s":"12","n":2,"f":2,"b":null,"id":"9"},{"s":"j","n":3,"f":null,"b":null,"id":null}]}}""",
            await Run(CreateSchema(items), "{ " + field + " { s n f b id } }"));
    }

    [Theory]
    [InlineData("items")]
    [InlineData("later")]
    public async Task Null_At_A_Non_Null_Leaf_Nulls_The_Object_With_The_Leaf_Path(string field)
    {
        var items = new object[]
        {
            new Dictionary<string, object?> { ["n"] = 1 },
            new Dictionary<string, object?> { ["n"] = null },
        };
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Item.n.","locations":[{"line":1,"column":""" + (6 + field.Length) + """}],"path":["""
            + "\"" + field + "\"" + """,1,"n"]}],"data":{""" + "\"" + field + "\"" + """:[{"n":1},null]}}""",
            await Run(CreateSchema(items), "{ " + field + " { n } }"));
    }

    [Theory]
    [InlineData("items")]
    [InlineData("later")]
    public async Task Clr_Getters_Fail_Convert_And_Await_As_Resolvers_Do(string field)
    {
        var items = new object[] { new Thing(4, 0.25), new Thing(5L, "1.5") };
        var column = 6 + field.Length;
        var response = await Run(CreateSchema(items), "{ " + field + " { boom s n f b id task } }");
        Assert.Equal(
            """{"errors":[""" + Error("getter failed", column, field, 0, "boom") + "," + Error("getter failed", column, field, 1, "boom")
            + """],"data":{""" + "\"" + field + "\"" + """:[{"boom":null,"s":"text","n":4,"f":0.25,"b":true,"id":"7","task":5},{"boom":null,"s":"text","n":5,"f":1.5,"b":true,"id":"7","task":5}]}}""",
            response);
    }

    [Fact]
    public async Task Ordered_Maps_With_Keys_In_Varying_Order_Or_Missing_Read_By_Name()
    {
        static OrderedDictionary<string, object?> Map(params (string Key, object? Value)[] entries)
        {
            var map = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (key, value) in entries) map[new string(key.AsSpan())] = value; // keys not the schema's instances
            return map;
        }
        var items = new object[]
        {
            Map(("s", "a"), ("n", 1), ("b", true)),
            Map(("n", 2), ("s", "b"), ("b", false)),
            Map(("b", true), ("n", 3)),
            Map(("x", 0), ("y", 0), ("z", 0), ("n", 4), ("s", "d")),
            Map(("s", "e"), ("n", 5), ("b", null)),
        };
        Assert.Equal(
            """{"data":{"items":[{"s":"a","n":1,"b":true},{"s":"b","n":2,"b":false},{"s":null,"n":3,"b":true},{"s":"d","n":4,"b":null},{"s":"e","n":5,"b":null}]}}""",
            await Run(CreateSchema(items), "{ items { s n b } }"));
    }

    [Fact]
    public async Task A_Null_From_A_Getter_At_A_Non_Null_Leaf_Propagates()
    {
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Item.must.","locations":[{"line":1,"column":11}],"path":["items",0,"must"]}],"data":{"items":[null]}}""",
            await Run(CreateSchema(new object[] { new Thing(1, 1.0) }), "{ items { must } }"));
    }

    private static string Error(string message, int column, string field, int index, string leaf)
        => "{\"message\":\"" + message + "\",\"locations\":[{\"line\":1,\"column\":" + column + "}],\"path\":[\"" + field + "\"," + index + ",\"" + leaf + "\"]}";
}
