using System.Collections.Concurrent;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;
using Path = Federation.GraphQL.Execution.Path;

namespace Federation.GraphQL.ExecutionTests;

/// <summary><see cref="ExecutionRequest.FieldTracer"/>: each resolver is bracketed by ResolverStarting/ResolverEnded with its response path.</summary>
public class FieldTracerTests
{
    private sealed class RecordingTracer : IFieldTracer
    {
        public ConcurrentQueue<string> Events { get; } = new();

        public object? ResolverStarting(Path path, ObjectType parentType, Field field)
        {
            var name = $"{string.Join('.', path.ToList())} {parentType.Name}.{field.Name}: {field.Type}";
            Events.Enqueue("start " + name);
            return name;
        }

        public void ResolverEnded(object? state) => Events.Enqueue("end " + state);
    }

    private static Schema BuildSchema()
    {
        var schema = new SchemaBuilder().AddDocument("""
            type Query { items: [Item!]! later: String fail: String }
            type Item { id: ID! }
            """);
        schema.AddResolver("Query", "items", _ => new object[] { new Dictionary<string, object?> { ["id"] = "1" }, new Dictionary<string, object?> { ["id"] = "2" } });
        schema.AddResolver("Query", "later", (FieldResolver)(async _ =>
        {
            await Task.Delay(20);
            return "done";
        }));
        schema.AddResolver("Query", "fail", _ => throw new InvalidOperationException("boom"));
        return schema.Build();
    }

    [Fact]
    public async Task Tracer_Brackets_Every_Resolver_With_Its_Path_Parent_Type_And_Field()
    {
        var tracer = new RecordingTracer();
        var executor = new RequestExecutor(BuildSchema());
        var result = await executor.ExecuteAsync(new ExecutionRequest { Query = "{ items { id ident: id __typename } later fail }", FieldTracer = tracer });
        Assert.Equal("""{"errors":[{"message":"boom","locations":[{"line":1,"column":43}],"path":["fail"]}],"data":{"items":[{"id":"1","ident":"1","__typename":"Item"},{"id":"2","ident":"2","__typename":"Item"}],"later":"done","fail":null}}""", result.ToJson());
        var events = tracer.Events.ToArray();
        string[] fields =
        [
            "items Query.items: [Item!]!", "items.0.id Item.id: ID!", "items.0.ident Item.id: ID!",
            "items.1.id Item.id: ID!", "items.1.ident Item.id: ID!", "later Query.later: String", "fail Query.fail: String",
        ];
        // __typename has no resolver: not traced.
        Assert.Equal(fields.Length * 2, events.Length);
        foreach (var field in fields)
        {
            var start = Array.IndexOf(events, "start " + field);
            var end = Array.IndexOf(events, "end " + field);
            Assert.True(start >= 0 && end > start, $"{field}: start {start}, end {end}");
        }
        // The asynchronous resolver ends after it started, even though other fields ran in between.
        Assert.True(Array.IndexOf(events, "end later Query.later: String") > Array.IndexOf(events, "start fail Query.fail: String"));
    }

    [Fact]
    public async Task Tracer_Sees_Leaves_Of_Decoded_Json_Maps_Also_When_The_Plan_Is_Shared()
    {
        // Leaves of decoded JSON (OrderedDictionary) parents take the executor's direct path when nothing traces.
        var schema = new SchemaBuilder().AddDocument("type Query { items: [Item!]! } type Item { id: ID! n: Int }");
        schema.AddResolver("Query", "items", _ => new object[]
        {
            new OrderedDictionary<string, object?> { ["id"] = "1", ["n"] = 1L },
            new OrderedDictionary<string, object?> { ["id"] = "2", ["n"] = 2L },
        });
        var executor = new RequestExecutor(schema.Build());
        await executor.ExecuteAsync(new ExecutionRequest { Query = "{ items { id n } }" });   // cached, plan shared from now on
        var tracer = new RecordingTracer();
        var result = await executor.ExecuteAsync(new ExecutionRequest { Query = "{ items { id n } }", FieldTracer = tracer });
        Assert.Equal("""{"data":{"items":[{"id":"1","n":1},{"id":"2","n":2}]}}""", result.ToJson());
        Assert.Equal(
            ["items Query.items: [Item!]!", "items.0.id Item.id: ID!", "items.0.n Item.n: Int", "items.1.id Item.id: ID!", "items.1.n Item.n: Int"],
            tracer.Events.Where(e => e.StartsWith("start ", StringComparison.Ordinal)).Select(e => e[6..]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Without_A_Tracer_The_Result_Is_The_Same()
    {
        var executor = new RequestExecutor(BuildSchema());
        const string query = "{ items { id } later fail }";
        var traced = await executor.ExecuteAsync(new ExecutionRequest { Query = query, FieldTracer = new RecordingTracer() });
        var plain = await executor.ExecuteAsync(new ExecutionRequest { Query = query });
        Assert.Equal(plain.ToJson(), traced.ToJson());
    }
}
