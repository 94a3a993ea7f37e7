using Federation.GraphQL.Types;
using static Federation.GraphQL.ExecutionTests.ExecutionTestHarness;

namespace Federation.GraphQL.ExecutionTests;

// The executor materializes response paths only on demand (PathStack): these pin the paths it hands out (expected
// responses are graphql-js 17.1.0's for the same schema and data).
public class ResponsePathTests
{
    private const string Sdl = """
        type Query { items: [Item] }
        type Item { id: Int inner: Inner where: String }
        type Inner { value: String! slow: String }
        """;

    private static Schema CreateSchema()
    {
        var schema = new SchemaBuilder().AddDocument(Sdl);
        schema.AddResolver("Query", "items", _ => new object[]
        {
            new Dictionary<string, object?> { ["id"] = 0, ["inner"] = new Dictionary<string, object?> { ["value"] = "a" } },
            new Dictionary<string, object?> { ["id"] = 1, ["inner"] = new Dictionary<string, object?> { ["value"] = null } },
        });
        schema.AddResolver("Item", "where", ctx => string.Join(".", ctx.Path.ToList()));
        schema.AddResolver("Inner", "slow", async ctx =>
        {
            await Task.Yield();
            throw new InvalidOperationException("late " + string.Join(".", ctx.Path.ToList()));
        });
        return schema.Build();
    }

    [Fact]
    public async Task Resolver_Context_Path_Names_The_List_Item()
    {
        Assert.Equal("""{"data":{"items":[{"where":"items.0.where"},{"where":"items.1.where"}]}}""",
            await Run(CreateSchema(), "{ items { where } }"));
    }

    [Fact]
    public async Task Error_In_A_List_Item_Nulls_The_Nearest_Nullable_Position_With_Its_Path()
    {
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Inner.value.","locations":[{"line":1,"column":22}],"path":["items",1,"inner","value"]}],"data":{"items":[{"id":0,"inner":{"value":"a"}},{"id":1,"inner":null}]}}""",
            await Run(CreateSchema(), "{ items { id inner { value } } }"));
    }

    [Fact]
    public async Task Asynchronous_Error_Under_A_Nulled_Position_Is_Dropped()
    {
        // items.0.inner.slow fails later and is reported; items.1.inner is nulled by value first, so its slow error is
        // dropped. The two reported errors come in the order they happened, which depends on the thread pool: compare
        // them as a set (graphql-js 17.1.0 lists the synchronous one first).
        using var json = System.Text.Json.JsonDocument.Parse(await Run(CreateSchema(), "{ items { inner { value slow } } }"));
        Assert.Equal("""{"items":[{"inner":{"value":"a","slow":null}},{"inner":null}]}""",
            json.RootElement.GetProperty("data").GetRawText());
        var errors = json.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetRawText()).Order(StringComparer.Ordinal);
        Assert.Equal(
        [
            """{"message":"Cannot return null for non-nullable field Inner.value.","locations":[{"line":1,"column":19}],"path":["items",1,"inner","value"]}""",
            """{"message":"late items.0.inner.slow","locations":[{"line":1,"column":25}],"path":["items",0,"inner","slow"]}""",
        ], errors);
    }
}
