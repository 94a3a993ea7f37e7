using Federation.GraphQL.CodeFirst;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Execution.DataLoader;
using Federation.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Subgraph.Tests;

/// <summary>[ReferenceResolver] methods with typed parameters: keys by name, composite and nested keys, DataLoaders, services.</summary>
public sealed class TypedReferenceResolverTests
{
    public sealed class PartStore
    {
        public readonly List<string[]> Batches = [];
        public Dictionary<string, string> Names { get; } = new() { ["1"] = "Bolt", ["2"] = "Nut", ["3"] = "Gear" };
        public int CapacityOf(int id) => id * 100;
    }

    public sealed class PartByUpcLoader(PartStore store) : BatchDataLoader<string, Part>
    {
        protected override ValueTask<IReadOnlyDictionary<string, Part>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
        {
            lock (store.Batches) store.Batches.Add([.. keys]);
            return new(keys.Where(store.Names.ContainsKey).ToDictionary(k => k, k => new Part(k, store.Names[k])));
        }
    }

    [Key("upc")]
    public sealed record Part(string Upc, string Name)
    {
        // The batch form: every representation asks the request's loader, which fetches them in one call.
        [ReferenceResolver]
        public static Task<Part?> Resolve(string upc, PartByUpcLoader loader) => loader.LoadAsync(upc);
    }

    [Key("id region")]
    public sealed record Warehouse(int Id, string Region, int Capacity)
    {
        // A composite key bound by name; the store is a service (no [Service] needed).
        [ReferenceResolver]
        public static Warehouse Resolve(int id, string region, PartStore store) => new(id, region, store.CapacityOf(id));
    }

    public sealed record Org(int Id, string Name);

    public sealed record OrgKey(int Id);

    [Key("id organization { id }")]
    public sealed record Member(string Id, Org Organization)
    {
        // A nested key field arrives as a typed object.
        [ReferenceResolver]
        public static Member Resolve(string id, OrgKey organization) => new(id, new Org(organization.Id, "org " + organization.Id));
    }

    public sealed class Query
    {
        public Part? Part(string upc) => null;

        public Warehouse? Warehouse(int id) => null;

        public Member? Member(string id) => null;
    }

    private static async Task<string> Entities(Schema schema, IServiceProvider services, string selection, params Dictionary<string, object?>[] representations)
    {
        var result = await new RequestExecutor(schema).ExecuteAsync(new ExecutionRequest(
            "query ($r: [_Any!]!) { _entities(representations: $r) { " + selection + " } }",
            new Dictionary<string, object?> { ["r"] = representations.ToList<object?>() })
        {
            Services = services,
        });
        return result.ToJson();
    }

    private static (Schema Schema, ServiceProvider Services, PartStore Store) Build()
    {
        var store = new PartStore();
        var services = new ServiceCollection().AddSingleton(store).AddDataLoader<PartByUpcLoader>().BuildServiceProvider();
        var schema = new CodeFirstSchemaBuilder().UseServices(services).AddQueryType<Query>().AddFederation().Build();
        return (schema, services, store);
    }

    [Fact]
    public async Task A_DataLoader_Parameter_Batches_The_Representations_Of_One_Request()
    {
        var (schema, services, store) = Build();
        var json = await Entities(schema, services, "... on Part { upc name }",
            TestSubgraph.Representation("Part", ("upc", "2")), TestSubgraph.Representation("Part", ("upc", "1")),
            TestSubgraph.Representation("Part", ("upc", "3")));
        Assert.Equal("""{"data":{"_entities":[{"upc":"2","name":"Nut"},{"upc":"1","name":"Bolt"},{"upc":"3","name":"Gear"}]}}""", json);
        Assert.Equal(["2", "1", "3"], Assert.Single(store.Batches));
    }

    [Fact]
    public async Task Composite_Keys_Bind_By_Name_And_Json_Numbers_Convert_To_The_Parameter_Type()
    {
        var (schema, services, _) = Build();
        // Representations read from JSON carry numbers as long.
        var json = await Entities(schema, services, "... on Warehouse { id region capacity }",
            TestSubgraph.Representation("Warehouse", ("id", 7L), ("region", "eu")));
        Assert.Equal("""{"data":{"_entities":[{"id":7,"region":"eu","capacity":700}]}}""", json);
    }

    [Fact]
    public async Task A_Nested_Key_Field_Binds_To_A_Typed_Object()
    {
        var (schema, services, _) = Build();
        var json = await Entities(schema, services, "... on Member { id organization { id name } }",
            TestSubgraph.Representation("Member", ("id", "m1"), ("organization", new Dictionary<string, object?> { ["id"] = 4L })));
        Assert.Equal("""{"data":{"_entities":[{"id":"m1","organization":{"id":4,"name":"org 4"}}]}}""", json);
    }

    [Fact]
    public async Task Schema_First_Binds_The_Typed_Method_Of_A_Csharp_Type()
    {
        var (_, services, store) = Build();
        var schema = new SchemaBuilder().AddDocument("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])
            type Query { part(upc: String!): Part }
            type Part @key(fields: "upc") { upc: String! name: String }
            """).AddFederation().AddReferenceResolver<Part>().Build();
        var json = await Entities(schema, services, "... on Part { name }",
            TestSubgraph.Representation("Part", ("upc", "3")), TestSubgraph.Representation("Part", ("upc", "9")));
        Assert.StartsWith("""{"errors":[""", json);
        Assert.EndsWith("\"data\":{\"_entities\":[{\"name\":\"Gear\"},null]}}", json);
        Assert.Equal(["3", "9"], Assert.Single(store.Batches));
        Assert.Throws<ArgumentException>(() => new SchemaBuilder().AddReferenceResolver<Query>());
    }

    [Fact]
    public async Task The_Version_Defaults_To_The_Newest_And_Is_An_Option()
    {
        var (schema, _, _) = Build();
        Assert.Contains("https://specs.apollo.dev/federation/v2.12", await TestSubgraph.SdlAsync(schema));
        var v25 = new CodeFirstSchemaBuilder().AddQueryType<Query>().AddFederation(o => o.Version = FederationVersion.Federation25).Build();
        Assert.Contains("https://specs.apollo.dev/federation/v2.5", await TestSubgraph.SdlAsync(v25));
        Assert.Equal(Federation.Spec.FederationSpec.LatestMinor, (int)FederationVersion.Latest);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CodeFirstSchemaBuilder().AddQueryType<Query>().AddFederation(o => o.Version = (FederationVersion)13));
    }
}
