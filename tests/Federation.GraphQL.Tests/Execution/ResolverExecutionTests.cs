using Federation.GraphQL.Utilities;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;
using static Federation.GraphQL.ExecutionTests.ExecutionTestHarness;

namespace Federation.GraphQL.ExecutionTests;

public class ResolverExecutionTests
{
    [Fact]
    public async Task Query_Fields_Run_Concurrently()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { a: String b: String }");
        var aStarted = new TaskCompletionSource();
        var bStarted = new TaskCompletionSource();
        schema.AddResolver("Query", "a", async _ =>
        {
            aStarted.SetResult();
            await bStarted.Task.WaitAsync(TimeSpan.FromSeconds(5));
            return "a";
        });
        schema.AddResolver("Query", "b", async _ =>
        {
            bStarted.SetResult();
            await aStarted.Task.WaitAsync(TimeSpan.FromSeconds(5));
            return "b";
        });
        Assert.Equal("""{"data":{"a":"a","b":"b"}}""", await Run(schema, "{ a b }"));
    }

    [Fact]
    public async Task Mutation_Fields_Run_Serially_In_Document_Order()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { x: Int } type Mutation { add(n: Int!): Int }");
        var log = new List<string>();
        var running = 0;
        schema.AddResolver("Mutation", "add", async ctx =>
        {
            var n = ctx.ArgumentValue<int>("n");
            Assert.Equal(1, Interlocked.Increment(ref running));
            log.Add("start " + n);
            await Task.Delay(n == 1 ? 30 : 1);
            log.Add("end " + n);
            Interlocked.Decrement(ref running);
            return n * 10;
        });
        var json = await Run(schema, "mutation { first: add(n: 1) second: add(n: 2) third: add(n: 3) }");
        Assert.Equal("""{"data":{"first":10,"second":20,"third":30}}""", json);
        Assert.Equal(["start 1", "end 1", "start 2", "end 2", "start 3", "end 3"], log);
    }

    [Fact]
    public async Task Synchronous_Resolvers_Complete_Without_Awaiting()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { a: Int }");
        schema.AddResolver("Query", "a", _ => 1);
        var executor = new RequestExecutor(schema.Build());
        var pending = executor.ExecuteAsync(new ExecutionRequest("{ a }"));
        Assert.True(pending.IsCompleted);
        Assert.Equal("""{"data":{"a":1}}""", (await pending).ToJson());
    }

    [Fact]
    public async Task Resolver_Exception_Becomes_Field_Error_With_Path_And_Location()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { a: String b: String }");
        schema.AddResolver("Query", "a", (Func<IResolverContext, object?>)(_ => throw new InvalidOperationException("boom")));
        schema.AddResolver("Query", "b", _ => "ok");
        Assert.Equal(
            """{"errors":[{"message":"boom","locations":[{"line":1,"column":3}],"path":["a"]}],"data":{"a":null,"b":"ok"}}""",
            await Run(schema, "{ a b }"));
    }

    [Fact]
    public async Task Async_Resolver_Exception_Becomes_Field_Error()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { a: String }");
        schema.AddResolver("Query", "a", async _ =>
        {
            await Task.Yield();
            throw new InvalidOperationException("late boom");
        });
        Assert.Equal("""{"errors":[{"message":"late boom","locations":[{"line":1,"column":3}],"path":["a"]}],"data":{"a":null}}""",
            await Run(schema, "{ a }"));
    }

    [Fact]
    public async Task GraphQLException_Keeps_Its_Extensions()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { a: String }");
        schema.AddResolver("Query", "a", (Func<IResolverContext, object?>)(_ =>
            throw new GraphQLException("denied", new Dictionary<string, object?> { ["code"] = "FORBIDDEN" })));
        Assert.Equal(
            """{"errors":[{"message":"denied","locations":[{"line":1,"column":3}],"path":["a"],"extensions":{"code":"FORBIDDEN"}}],"data":{"a":null}}""",
            await Run(schema, "{ a }"));
    }

    [Fact]
    public async Task ReportError_Adds_An_Error_And_Keeps_The_Value()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { a: String }");
        schema.AddResolver("Query", "a", ctx =>
        {
            ctx.ReportError(new GraphQLError("partial"));
            return "value";
        });
        Assert.Equal("""{"errors":[{"message":"partial","locations":[{"line":1,"column":3}],"path":["a"]}],"data":{"a":"value"}}""",
            await Run(schema, "{ a }"));
    }

    [Fact]
    public async Task Async_Non_Null_Error_Nulls_The_Parent_And_Drops_Errors_Below_It()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { o: O } type O { a: String! b: String }");
        schema.AddResolver("Query", "o", _ => new object());
        schema.AddResolver("O", "a", async _ =>
        {
            await Task.Yield();
            return null;
        });
        schema.AddResolver("O", "b", async _ =>
        {
            await Task.Delay(50);
            throw new InvalidOperationException("after the parent was nulled");
        });
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field O.a.","locations":[{"line":1,"column":7}],"path":["o","a"]}],"data":{"o":null}}""",
            await Run(schema, "{ o { a b } }"));
    }

    [Fact]
    public async Task Async_List_Items_Complete_In_Order()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { items: [Item] } type Item { n: Int }");
        schema.AddResolver("Query", "items", _ => new[] { 3, 1, 2 });
        schema.AddResolver("Item", "n", async ctx =>
        {
            var n = ctx.GetParent<int>();
            await Task.Delay(n * 10);
            return n;
        });
        Assert.Equal("""{"data":{"items":[{"n":3},{"n":1},{"n":2}]}}""", await Run(schema, "{ items { n } }"));
    }

    public sealed record Author(string Name, int Age)
    {
        public string Shout() => Name.ToUpperInvariant();
    }

    public sealed class Library
    {
        public IReadOnlyList<Author> Authors { get; } = [new("Ada", 36), new("Alan", 41)];
        public Task<string> GetTitleAsync() => Task.FromResult("lib");
    }

    [Fact]
    public async Task Default_Resolver_Reads_Clr_Properties_And_Methods_Case_Insensitively()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { authors: [Author] } type Author { name: String age: Int shout: String missing: String }");
        Assert.Equal(
            """{"data":{"authors":[{"name":"Ada","age":36,"shout":"ADA","missing":null},{"name":"Alan","age":41,"shout":"ALAN","missing":null}]}}""",
            await Run(schema, "{ authors { name age shout missing } }", new Library()));
    }

    [Fact]
    public async Task Default_Resolver_Awaits_Task_Returning_Members()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { titleAsync: String }");
        Assert.Equal("""{"data":{"titleAsync":"lib"}}""", await Run(schema, "{ titleAsync }", new Library()));
    }

    [Fact]
    public async Task Task_Returned_As_A_Plain_Value_Is_Awaited()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { slow: String }");
        schema.AddResolver("Query", "slow", _ => SlowAsync());
        Assert.Equal("""{"data":{"slow":"done"}}""", await Run(schema, "{ slow }"));

        static async Task<string> SlowAsync()
        {
            await Task.Delay(5);
            return "done";
        }
    }

    [Fact]
    public async Task Default_Resolver_Reads_Decoded_Json_Parents()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { user: User } type User { name: String tags: [String] score: Float friends: [User] }");
        var root = JsonValues.Parse("""{"user":{"name":"Bo","tags":["x","y"],"score":2.5,"friends":[{"name":"Al"}]}}""");
        Assert.Equal("""{"data":{"user":{"name":"Bo","tags":["x","y"],"score":2.5,"friends":[{"name":"Al"}]}}}""",
            await Run(schema, "{ user { name tags score friends { name } } }", root));
    }

    [Fact]
    public async Task Arguments_Convert_To_Clr_Types()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { sum(values: [Int!]!): Int }");
        schema.AddResolver("Query", "sum", ctx => ctx.ArgumentValue<List<int>>("values").Sum());
        Assert.Equal("""{"data":{"sum":6}}""", await Run(schema, "{ sum(values: [1, 2, 3]) }"));
    }

    public sealed class Point
    {
        public int X { get; set; }
        public int Y { get; set; }
    }

    [Fact]
    public async Task Input_Object_With_Runtime_Type_Is_Materialized()
    {
        var schema = new SchemaBuilder().AddDocument("input PointInput { x: Int! y: Int = 7 } type Query { len(p: PointInput!): Int }");
        schema.Configure(s => s.GetType<InputObjectType>("PointInput")!.RuntimeType = typeof(Point));
        schema.AddResolver("Query", "len", ctx =>
        {
            var p = Assert.IsType<Point>(ctx.Arguments["p"]);
            return p.X + p.Y;
        });
        Assert.Equal("""{"data":{"len":10}}""", await Run(schema, "{ len(p: { x: 3 }) }"));
        Assert.Equal("""{"data":{"len":3}}""", await Run(schema, "query($p: PointInput!) { len(p: $p) }", variables: Vars("""{"p":{"x":1,"y":2}}""")));
    }

    public enum Mood { Happy, Sad }

    [Fact]
    public async Task Enum_Runtime_Values_Serialize_To_Names_And_Coerce_From_Names()
    {
        var schema = new SchemaBuilder().AddDocument("enum Mood { HAPPY SAD } type Query { mood(m: Mood): Mood }");
        schema.AddEnumValue("Mood", "HAPPY", Mood.Happy).AddEnumValue("Mood", "SAD", Mood.Sad);
        schema.AddResolver("Query", "mood", ctx =>
        {
            var m = Assert.IsType<Mood>(ctx.Arguments["m"]);
            return m == Mood.Happy ? Mood.Sad : Mood.Happy;
        });
        Assert.Equal("""{"data":{"mood":"SAD"}}""", await Run(schema, "{ mood(m: HAPPY) }"));
    }

    [Fact]
    public async Task Cancelled_Request_Stops_Starting_Resolvers()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { a: String b: String }");
        using var cts = new CancellationTokenSource();
        var bCalled = false;
        schema.AddResolver("Query", "a", ctx =>
        {
            cts.Cancel();
            return "a";
        });
        schema.AddResolver("Query", "b", _ =>
        {
            bCalled = true;
            return "b";
        });
        var executor = new RequestExecutor(schema.Build());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await executor.ExecuteAsync(new ExecutionRequest { Query = "{ a b }", CancellationToken = cts.Token }));
        Assert.False(bCalled);
    }

    [Fact]
    public async Task Resolver_Sees_Request_Services_ContextData_And_Token()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { who: String }");
        schema.AddResolver("Query", "who", ctx => (string)ctx.ContextData["user"]! + ":" + ctx.Path + ":" + ctx.Operation.Name?.Value);
        var executor = new RequestExecutor(schema.Build());
        var result = await executor.ExecuteAsync(new ExecutionRequest
        {
            Query = "query Q { who }",
            ContextData = new Dictionary<string, object?> { ["user"] = "ann" },
        });
        Assert.Equal("""{"data":{"who":"ann:who:Q"}}""", result.ToJson());
    }
}
