using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.ExecutionTests;

// Executions of a cached document without variables share its plans (PreparedDocument.GetRootPlan): what varies per
// request (root value, operation name, variables) must still come out per request.
public class SharedPlanTests
{
    private const string Sdl = """
        type Query { echo(x: Int): Int items: [Item] hello: String }
        type Item { id: ID slow: String }
        """;

    private static RequestExecutor CreateExecutor()
    {
        var schema = new SchemaBuilder().AddDocument(Sdl);
        schema.AddResolver("Query", "echo", ctx => ctx.Arguments["x"]);
        schema.AddResolver("Item", "slow", async ctx =>
        {
            await Task.Yield();
            return "slow " + string.Join(".", ctx.Path.ToList());
        });
        return new RequestExecutor(schema.Build());
    }

    private static async Task<string> Execute(RequestExecutor executor, string query, object? root = null, string? operationName = null,
        IReadOnlyDictionary<string, object?>? variables = null)
        => (await executor.ExecuteAsync(new ExecutionRequest { Query = query, RootValue = root, OperationName = operationName, Variables = variables })).ToJson();

    [Fact]
    public async Task Operations_Of_One_Document_Alternate()
    {
        var executor = CreateExecutor();
        const string query = "query A { a: echo(x: 1) } query B { b: echo(x: 2) }";
        foreach (var name in new[] { "A", "B", "A", "A", "B" })
        {
            var expected = name == "A" ? """{"data":{"a":1}}""" : """{"data":{"b":2}}""";
            Assert.Equal(expected, await Execute(executor, query, operationName: name));
        }
    }

    [Fact]
    public async Task Documents_With_Variables_Collect_Per_Request()
    {
        var executor = CreateExecutor();
        const string query = "query($s: Boolean!) { hello @skip(if: $s) echo(x: 3) }";
        var root = new Dictionary<string, object?> { ["hello"] = "hi" };
        Assert.Equal("""{"data":{"echo":3}}""", await Execute(executor, query, root, variables: new Dictionary<string, object?> { ["s"] = true }));
        Assert.Equal("""{"data":{"hello":"hi","echo":3}}""", await Execute(executor, query, root, variables: new Dictionary<string, object?> { ["s"] = false }));
    }

    [Fact]
    public async Task Concurrent_Executions_Answer_Their_Own_Root_Values()
    {
        var executor = CreateExecutor();
        const string query = "{ items { id slow } hello }";
        await Execute(executor, query); // caches the document, so that every run below shares its plans
        var runs = Enumerable.Range(0, 16).Select(n => Task.Run(async () =>
        {
            var root = new Dictionary<string, object?>
            {
                ["hello"] = "run " + n,
                ["items"] = Enumerable.Range(0, n % 4).Select(i => (object?)new Dictionary<string, object?> { ["id"] = n + "-" + i }).ToList(),
            };
            var items = string.Join(",", Enumerable.Range(0, n % 4).Select(i => $$"""{"id":"{{n}}-{{i}}","slow":"slow items.{{i}}.slow"}"""));
            var expected = "{\"data\":{\"items\":[" + items + "],\"hello\":\"run " + n + "\"}}";
            Assert.Equal(expected, await Execute(executor, query, root));
        })).ToArray();
        await Task.WhenAll(runs);
        Assert.Equal(16, executor.Documents.Hits);
    }
}
