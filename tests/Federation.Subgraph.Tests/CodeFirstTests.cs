using Federation.GraphQL.CodeFirst;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;
using Snapshooter.Xunit;
using System.Text.Json;

namespace Federation.Subgraph.Tests;

public sealed class CodeFirstTests
{
    public sealed class Query
    {
        public Product? Product(string upc) => Catalog.Find(upc);

        public IReadOnlyList<Review> Reviews() => [new Review(1, "great", new User("a@example.com"))];
    }

    /// <summary>A product of the catalog.</summary>
    [Key("upc")]
    [Key("sku", Resolvable = false)]
    public sealed class Product
    {
        public required string Upc { get; init; }

        public string? Sku { get; init; }

        [Shareable]
        public string? Name { get; init; }

        [External]
        public int? Weight { get; init; }

        [External]
        public int? Price { get; init; }

        [Requires("price weight")]
        public int? ShippingEstimate => Price is null || Weight is null ? null : Price + Weight;

        [Tag("internal")]
        [Tag("beta")]
        [Inaccessible]
        public string? SecretCode => "s-" + Upc;

        [Override("inventory", Label = "percent(10)")]
        public bool InStock => true;

        [ReferenceResolver]
        public static Product? ResolveByUpc(string upc, IResolverContext context)
        {
            Assert.NotNull(context);
            return Catalog.Find(upc);
        }
    }

    [Key("id")]
    [Shareable]
    public sealed record Review(int Id, string Body, [property: Provides("email")] User Author)
    {
        public static async ValueTask<Review?> ResolveReference(int id)
        {
            await Task.Yield();
            return id == 1 ? new Review(1, "resolved", new User("x@example.com")) : null;
        }
    }

    [Key("email", Resolvable = false)]
    public sealed record User([property: External] string Email);

    private static class Catalog
    {
        public static Product? Find(string upc) => upc == "missing" ? null : new Product { Upc = upc, Name = "Product " + upc, Price = 10, Weight = 2 };
    }

    private static Schema Build() => new CodeFirstSchemaBuilder().AddQueryType<Query>().AddFederation(o => o.Version = (FederationVersion)7).Build();

    [Fact]
    public async Task Service_Sdl_Carries_Attributes_As_Directives()
    {
        var sdl = await TestSubgraph.SdlAsync(Build());
        Snapshot.Match(sdl);
    }

    [Fact]
    public void Entity_Union_Holds_Types_With_A_Resolvable_Key()
    {
        var schema = Build();
        Assert.Equal(["Product", "Review"], schema.GetType<UnionType>("_Entity")!.Types.Select(t => t.Name).Order());
        Assert.NotNull(schema.GetDirective("key"));
        Assert.NotNull(schema.GetDirective("federation__interfaceObject"));
        Assert.NotNull(schema.GetDirective("override")!.Arguments["label"]);
    }

    [Fact]
    public async Task Reference_Resolvers_Bind_Key_Values_To_Parameters()
    {
        var json = await TestSubgraph.RunAsync(Build(), """
            query ($r: [_Any!]!) {
              _entities(representations: $r) {
                __typename
                ... on Product { upc name shippingEstimate }
                ... on Review { id body }
              }
            }
            """, new Dictionary<string, object?>
        {
            ["r"] = new List<object?>
            {
                TestSubgraph.Representation("Product", ("upc", "p1")),
                TestSubgraph.Representation("Review", ("id", "1")),
                TestSubgraph.Representation("Product", ("upc", "missing")),
                TestSubgraph.Representation("Review", ("id", 2L)),
            },
        });
        using var doc = JsonDocument.Parse(json);
        var entities = doc.RootElement.GetProperty("data").GetProperty("_entities");
        Assert.Equal("""{"__typename":"Product","upc":"p1","name":"Product p1","shippingEstimate":12}""", entities[0].GetRawText());
        Assert.Equal("""{"__typename":"Review","id":1,"body":"resolved"}""", entities[1].GetRawText());
        Assert.Equal(JsonValueKind.Null, entities[2].ValueKind);
        Assert.Equal(JsonValueKind.Null, entities[3].ValueKind);
        var paths = doc.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path")[1].GetInt32());
        Assert.Equal([2, 3], paths);
    }

    [Fact]
    public void Directive_Outside_The_Linked_Version_Is_Rejected()
    {
        // [Override(Label = ...)] needs v2.7: at v2.6 @override has no label argument.
        var error = Assert.Throws<SchemaException>(() => new CodeFirstSchemaBuilder().AddQueryType<Query>().AddFederation(o => o.Version = (FederationVersion)6).Build());
        Assert.Contains("needs federation v2.7", error.Message);
    }

    [Fact]
    public async Task Code_First_Sdl_Composes_Back_Through_Schema_First_Federation()
    {
        var sdl = await TestSubgraph.SdlAsync(Build());
        var rebuilt = new SchemaBuilder().AddDocument(sdl).AddFederation().Build();
        Assert.Equal(["Product", "Review"], rebuilt.GetType<UnionType>("_Entity")!.Types.Select(t => t.Name).Order());
    }
    [Fact]
    public async Task Batch_Reference_Resolver_From_The_State_Wins_Over_The_Static_Method()
    {
        var calls = 0;
        var schema = new CodeFirstSchemaBuilder().AddQueryType<Query>().AddFederation(state =>
        {
            state.Version = FederationVersion.Federation27;
            state.AddBatchReferenceResolver("Product", (representations, _) =>
            {
                calls++;
                IReadOnlyList<object?> products = [.. representations.Select(r => (string)r["upc"]! == "missing"
                    ? null : new Product { Upc = (string)r["upc"]!, Name = "batched " + r["upc"] })];
                return ValueTask.FromResult(products);
            });
        }).Build();
        var json = await TestSubgraph.RunAsync(schema, "query ($r: [_Any!]!) { _entities(representations: $r) { ... on Product { upc name } } }",
            new Dictionary<string, object?>
            {
                ["r"] = new List<object?>
                {
                    TestSubgraph.Representation("Product", ("upc", "a")),
                    TestSubgraph.Representation("Product", ("upc", "missing")),
                    TestSubgraph.Representation("Product", ("upc", "b")),
                },
            });
        Assert.Equal(1, calls);
        using var doc = JsonDocument.Parse(json);
        var entities = doc.RootElement.GetProperty("data").GetProperty("_entities");
        Assert.Equal("""[{"upc":"a","name":"batched a"},null,{"upc":"b","name":"batched b"}]""", entities.GetRawText());
        Assert.Equal(1, doc.RootElement.GetProperty("errors")[0].GetProperty("path")[1].GetInt32());
    }

    [Fact]
    public void Batch_Reference_Resolver_Needs_A_Type_Name()
    {
        Assert.Throws<ArgumentException>(() => new CodeFirstSchemaBuilder().AddQueryType<Query>()
            .AddFederation(state => state.AddBatchReferenceResolver("", (_, _) => default)).Build());
    }
}
