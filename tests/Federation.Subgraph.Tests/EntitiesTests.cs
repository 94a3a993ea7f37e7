using System.Text.Json;
using Federation.GraphQL.Types;

namespace Federation.Subgraph.Tests;

public sealed class EntitiesTests
{
    private const string Query = """
        query ($representations: [_Any!]!) {
          _entities(representations: $representations) {
            __typename
            ... on Product { upc name }
            ... on Review { id body }
          }
        }
        """;

    private static Dictionary<string, object?> Vars(params object?[] representations)
        => new() { ["representations"] = representations.ToList() };

    private static SchemaBuilder Products() => new SchemaBuilder().AddDocument(TestSubgraph.ProductsSdl).AddFederation();

    [Fact]
    public async Task Entities_Keep_The_Order_Of_Representations_Across_Types()
    {
        var schema = Products()
            .AddReferenceResolver("Product", (r, _) => new Dictionary<string, object?> { ["upc"] = r["upc"], ["name"] = "P" + r["upc"] })
            .AddReferenceResolver("Review", async (r, _) =>
            {
                await Task.Yield();
                return new Dictionary<string, object?> { ["id"] = r["id"], ["body"] = "R" + r["id"] };
            })
            .Build();
        var json = await TestSubgraph.RunAsync(schema, Query, Vars(
            TestSubgraph.Representation("Review", ("id", "1")),
            TestSubgraph.Representation("Product", ("upc", "a")),
            TestSubgraph.Representation("Review", ("id", "2")),
            TestSubgraph.Representation("Product", ("upc", "b"))));
        Assert.Equal("""{"data":{"_entities":[{"__typename":"Review","id":"1","body":"R1"},{"__typename":"Product","upc":"a","name":"Pa"},{"__typename":"Review","id":"2","body":"R2"},{"__typename":"Product","upc":"b","name":"Pb"}]}}""", json);
    }

    [Fact]
    public async Task Aliased_Entities_Calls_Type_Each_Entity_By_Its_Own_Index()
    {
        // One shared object answers for both types: the type comes from the representation's index, not the object.
        var shared = new Dictionary<string, object?> { ["upc"] = "s", ["name"] = "shared", ["id"] = "s", ["body"] = "shared" };
        var schema = Products()
            .AddBatchReferenceResolver("Product", (r, _) => [.. r.Select(_ => (object?)shared)])
            .AddBatchReferenceResolver("Review", (r, _) => [.. r.Select(_ => (object?)shared)])
            .Build();
        var json = await TestSubgraph.RunAsync(schema, """
            query ($a: [_Any!]!, $b: [_Any!]!) {
              a: _entities(representations: $a) { __typename }
              b: _entities(representations: $b) { __typename }
            }
            """, new Dictionary<string, object?>
        {
            ["a"] = new List<object?> { TestSubgraph.Representation("Review", ("id", "1")), TestSubgraph.Representation("Product", ("upc", "a")) },
            ["b"] = new List<object?> { TestSubgraph.Representation("Product", ("upc", "b")), TestSubgraph.Representation("Review", ("id", "2")), TestSubgraph.Representation("Review", ("id", "3")) },
        });
        Assert.Equal("""{"data":{"a":[{"__typename":"Review"},{"__typename":"Product"}],"b":[{"__typename":"Product"},{"__typename":"Review"},{"__typename":"Review"}]}}""", json);
    }

    [Fact]
    public async Task Aliased_Entities_Calls_Of_One_Type_Each_Keep_Their_Own_Type()
    {
        // Each call answers one type (the type resolver does not need the index), a different one per call, with one
        // shared object; a third call of mixed types and a nulled entity in between.
        var shared = new Dictionary<string, object?> { ["upc"] = "s", ["name"] = "shared", ["id"] = "s", ["body"] = "shared" };
        var schema = Products()
            .AddBatchReferenceResolver("Product", (r, _) => [.. r.Select(x => x["upc"] as string == "none" ? null : (object?)shared)])
            .AddBatchReferenceResolver("Review", (r, _) => [.. r.Select(_ => (object?)shared)])
            .Build();
        var json = await TestSubgraph.RunAsync(schema, """
            query ($a: [_Any!]!, $b: [_Any!]!) {
              a: _entities(representations: $a) { __typename }
              b: _entities(representations: $b) { __typename }
              c: _entities(representations: $a) { __typename }
              d: _entities(representations: $b) { __typename ... on Product { name } }
            }
            """, new Dictionary<string, object?>
        {
            ["a"] = new List<object?> { TestSubgraph.Representation("Review", ("id", "1")), TestSubgraph.Representation("Review", ("id", "2")) },
            ["b"] = new List<object?> { TestSubgraph.Representation("Product", ("upc", "b")), TestSubgraph.Representation("Product", ("upc", "none")), TestSubgraph.Representation("Product", ("upc", "c")) },
        });
        var data = JsonDocument.Parse(json).RootElement.GetProperty("data").GetRawText();
        Assert.Equal("""{"a":[{"__typename":"Review"},{"__typename":"Review"}],"b":[{"__typename":"Product"},null,{"__typename":"Product"}],"c":[{"__typename":"Review"},{"__typename":"Review"}],"d":[{"__typename":"Product","name":"shared"},null,{"__typename":"Product","name":"shared"}]}""", data);
    }

    [Fact]
    public async Task Batch_Reference_Resolver_Is_Called_Once_For_100_Representations()
    {
        var calls = 0;
        var schema = Products()
            .AddBatchReferenceResolver("Product", (representations, _) =>
            {
                Interlocked.Increment(ref calls);
                // Answers in reverse lookup order to prove results are matched by position, not by arrival.
                return representations.Select(r => (object?)new Dictionary<string, object?> { ["upc"] = r["upc"], ["name"] = "N" + r["upc"] }).ToList();
            })
            .Build();
        var representations = Enumerable.Range(0, 100).Select(i => (object?)TestSubgraph.Representation("Product", ("upc", i.ToString()))).ToArray();
        var json = await TestSubgraph.RunAsync(schema, Query, Vars(representations));
        Assert.Equal(1, calls);
        using var doc = JsonDocument.Parse(json);
        var entities = doc.RootElement.GetProperty("data").GetProperty("_entities");
        Assert.Equal(100, entities.GetArrayLength());
        for (var i = 0; i < 100; i++) Assert.Equal("N" + i, entities[i].GetProperty("name").GetString());
        Assert.False(doc.RootElement.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Batch_Resolver_Sees_Only_Its_Type_In_Order()
    {
        IReadOnlyList<IReadOnlyDictionary<string, object?>>? seen = null;
        var schema = Products()
            .AddBatchReferenceResolver("Product", (representations, _) =>
            {
                seen = representations;
                return representations.Select(_ => (object?)null).ToList();
            })
            .Build();
        var result = await TestSubgraph.RunAsync(schema, Query, Vars(
            TestSubgraph.Representation("Product", ("upc", "x")),
            TestSubgraph.Representation("Review", ("id", "1")),
            TestSubgraph.Representation("Product", ("upc", "y"))));
        Assert.Equal(["x", "y"], seen!.Select(r => (string)r["upc"]!));
        Assert.Contains("\"id\":\"1\"", result);
    }

    [Fact]
    public async Task Unresolvable_Representations_Answer_Null_With_An_Error_At_Their_Index()
    {
        var schema = Products()
            .AddReferenceResolver("Product", (r, _) => (string)r["upc"]! switch
            {
                "missing" => null,
                "boom" => throw new InvalidOperationException("database is down"),
                var upc => new Dictionary<string, object?> { ["upc"] = upc, ["name"] = "ok" },
            })
            .Build();
        var json = await TestSubgraph.RunAsync(schema, Query, Vars(
            TestSubgraph.Representation("Product", ("upc", "1")),
            TestSubgraph.Representation("Product", ("upc", "missing")),
            TestSubgraph.Representation("Nope", ("upc", "2")),
            TestSubgraph.Representation("Product", ("upc", "boom")),
            TestSubgraph.Representation("User", ("email", "a@b")),
            TestSubgraph.Representation("Product", ("name", "no key")),
            new Dictionary<string, object?> { ["upc"] = "no typename" }));
        using var doc = JsonDocument.Parse(json);
        var entities = doc.RootElement.GetProperty("data").GetProperty("_entities");
        Assert.Equal("1", entities[0].GetProperty("upc").GetString());
        for (var i = 1; i < 7; i++) Assert.Equal(JsonValueKind.Null, entities[i].ValueKind);
        var errors = doc.RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => (Path: string.Join(",", e.GetProperty("path").EnumerateArray().Select(p => p.ToString())), Message: e.GetProperty("message").GetString()!))
            .ToList();
        Assert.Equal(["_entities,1", "_entities,2", "_entities,3", "_entities,4", "_entities,5", "_entities,6"], errors.Select(e => e.Path));
        Assert.Contains("No entity of type \"Product\"", errors[0].Message);
        Assert.Contains("no object type of that name was found", errors[1].Message);
        Assert.Equal("database is down", errors[2].Message);
        Assert.Contains("\"User\"", errors[3].Message); // resolvable: false: not an entity of this subgraph
        Assert.Contains("does not contain the fields of any of its resolvable keys", errors[4].Message);
        Assert.Contains("__typename", errors[5].Message);
    }

    [Fact]
    public async Task Unresolved_Entities_Can_Be_Silent_Like_Apollo_Server()
    {
        var schema = Products()
            .AddFederation(state => state.ReportUnresolvedEntities = false)
            .AddReferenceResolver("Product", (_, _) => null)
            .Build();
        var json = await TestSubgraph.RunAsync(schema, Query, Vars(TestSubgraph.Representation("Product", ("upc", "1"))));
        Assert.Equal("""{"data":{"_entities":[null]}}""", json);
    }

    [Fact]
    public async Task Batch_Resolver_That_Throws_Fails_Every_Index_Of_Its_Type()
    {
        var schema = Products()
            .AddBatchReferenceResolver("Product", (BatchReferenceResolver)((_, _) => throw new InvalidOperationException("batch failed")))
            .Build();
        var json = await TestSubgraph.RunAsync(schema, Query, Vars(
            TestSubgraph.Representation("Product", ("upc", "1")),
            TestSubgraph.Representation("Review", ("id", "r")),
            TestSubgraph.Representation("Product", ("upc", "2"))));
        Assert.Equal("""{"errors":[{"message":"batch failed","locations":[{"line":2,"column":3}],"path":["_entities",0]},{"message":"batch failed","locations":[{"line":2,"column":3}],"path":["_entities",2]}],"data":{"_entities":[null,{"__typename":"Review","id":"r","body":null},null]}}""", json);
    }

    [Fact]
    public async Task Nested_Composite_Key_Is_Accepted_And_Checked()
    {
        var schema = Products().AddReferenceResolver("Product", (r, _) => r).Build();
        var ok = await TestSubgraph.RunAsync(schema, "query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { sku variation { id } } } }",
            new Dictionary<string, object?> { ["r"] = new List<object?> { TestSubgraph.Representation("Product", ("sku", "s"), ("variation", new Dictionary<string, object?> { ["id"] = "v" })) } });
        Assert.Equal("""{"data":{"_entities":[{"sku":"s","variation":{"id":"v"}}]}}""", ok);
        var missingNested = await TestSubgraph.RunAsync(schema, "query($r: [_Any!]!) { _entities(representations: $r) { __typename } }",
            new Dictionary<string, object?> { ["r"] = new List<object?> { TestSubgraph.Representation("Product", ("sku", "s"), ("variation", new Dictionary<string, object?>())) } });
        Assert.Contains("does not contain the fields", missingNested);
    }

    [Fact]
    public async Task Without_A_Reference_Resolver_The_Representation_Is_The_Entity()
    {
        var schema = Products().Build();
        var json = await TestSubgraph.RunAsync(schema, """{ _entities(representations: [{ __typename: "Product", upc: "7", name: "literal" }]) { ... on Product { upc name } } }""");
        Assert.Equal("""{"data":{"_entities":[{"upc":"7","name":"literal"}]}}""", json);
    }

    [Fact]
    public async Task Clr_Entities_Resolve_To_Their_Type_Through_The_Entity_Union()
    {
        var schema = Products().AddReferenceResolver("Review", (r, _) => new ReviewRecord((string)r["id"]!, "clr")).Build();
        var json = await TestSubgraph.RunAsync(schema, Query, Vars(TestSubgraph.Representation("Review", ("id", "9"))));
        Assert.Equal("""{"data":{"_entities":[{"__typename":"Review","id":"9","body":"clr"}]}}""", json);
    }

    [Fact]
    public async Task Json_Variables_Are_Accepted_As_Representations()
    {
        var schema = Products().AddReferenceResolver("Product", (r, _) => new Dictionary<string, object?> { ["upc"] = r["upc"], ["name"] = "json" }).Build();
        using var variables = JsonDocument.Parse("""{"representations":[{"__typename":"Product","upc":"j"}]}""");
        var result = await new Federation.GraphQL.Execution.RequestExecutor(schema).ExecuteAsync(new Federation.GraphQL.Execution.ExecutionRequest(Query)
        {
            Variables = variables.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone()),
        });
        Assert.Equal("""{"data":{"_entities":[{"__typename":"Product","upc":"j","name":"json"}]}}""", result.ToJson());
    }

    private sealed record ReviewRecord(string Id, string Body);
}
