using System.Text.Json;
using Federation.GraphQL.CodeFirst;
using Federation.GraphQL.Types;

namespace Federation.Subgraph.Tests;

/// <summary>Entity interfaces (federation v2.3): <c>_entities</c> with the interface's <c>__typename</c>; and @interfaceObject types.</summary>
public sealed class EntityInterfaceTests
{
    private const string InventorySdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
        type Query { inventory: [Inventory!]! }
        interface Inventory @key(fields: "id") { id: ID! }
        type Book implements Inventory @key(fields: "id") { id: ID! title: String }
        type Dvd implements Inventory @key(fields: "id") { id: ID! minutes: Int }
        type Shelf implements Inventory { id: ID! }
        type Review @key(fields: "id") { id: ID! }
        """;

    private const string Query = """
        query ($r: [_Any!]!) {
          _entities(representations: $r) { __typename ... on Inventory { id } ... on Book { title } ... on Dvd { minutes } }
        }
        """;

    private static readonly Dictionary<string, Dictionary<string, object?>> Items = new()
    {
        ["b1"] = new() { ["__typename"] = "Book", ["id"] = "b1", ["title"] = "Dune" },
        ["d1"] = new() { ["__typename"] = "Dvd", ["id"] = "d1", ["minutes"] = 155 },
        ["s1"] = new() { ["__typename"] = "Shelf", ["id"] = "s1" },
        ["r1"] = new() { ["__typename"] = "Review", ["id"] = "r1" },
        ["x1"] = new() { ["id"] = "x1" },
    };

    private static Dictionary<string, object?> Vars(params (string Type, string Id)[] representations)
        => new() { ["r"] = representations.Select(r => (object?)TestSubgraph.Representation(r.Type, ("id", r.Id))).ToList() };

    private static SchemaBuilder Inventory() => new SchemaBuilder().AddDocument(InventorySdl).AddFederation()
        .AddReferenceResolver("Inventory", (r, _) => Items.GetValueOrDefault((string)r["id"]!));

    [Fact]
    public void Entity_Interface_Is_Not_A_Member_Of_The_Entity_Union()
    {
        var schema = Inventory().Build();
        Assert.Equal(["Book", "Dvd", "Review"], schema.GetType<UnionType>("_Entity")!.Types.Select(t => t.Name));
    }

    [Fact]
    public async Task Interface_Typename_Resolves_Through_The_Interface_Reference_Resolver()
    {
        var json = await TestSubgraph.RunAsync(Inventory().Build(), Query, Vars(("Inventory", "d1"), ("Book", "b9"), ("Inventory", "b1")));
        // "Book" b9 has no Book resolver: the representation is the entity, as before.
        Assert.Equal("""{"data":{"_entities":[{"__typename":"Dvd","id":"d1","minutes":155},{"__typename":"Book","id":"b9","title":null},{"__typename":"Book","id":"b1","title":"Dune"}]}}""", json);
    }

    [Fact]
    public async Task Interface_Type_Resolver_Decides_The_Concrete_Type()
    {
        var schema = new SchemaBuilder().AddDocument(InventorySdl).AddFederation()
            .AddBatchReferenceResolver("Inventory", (representations, _) =>
                representations.Select(r => (object?)new Dictionary<string, object?> { ["id"] = r["id"], ["title"] = "T", ["minutes"] = 1 }).ToList())
            .AddTypeResolver("Inventory", (value, context, _) =>
                context.Schema.GetType<ObjectType>(((string)((IReadOnlyDictionary<string, object?>)value)["id"]!)[0] == 'b' ? "Book" : "Dvd"))
            .Build();
        var json = await TestSubgraph.RunAsync(schema, Query, Vars(("Inventory", "b2"), ("Inventory", "d2")));
        Assert.Equal("""{"data":{"_entities":[{"__typename":"Book","id":"b2","title":"T"},{"__typename":"Dvd","id":"d2","minutes":1}]}}""", json);
    }

    [Fact]
    public async Task Resolved_Object_That_Is_Not_An_Implementation_Answers_Null_With_An_Error()
    {
        var json = await TestSubgraph.RunAsync(Inventory().Build(), Query, Vars(("Inventory", "r1"), ("Inventory", "s1"), ("Inventory", "x1"), ("Inventory", "b1"), ("Inventory", "none")));
        using var doc = JsonDocument.Parse(json);
        var entities = doc.RootElement.GetProperty("data").GetProperty("_entities");
        Assert.Equal([JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Object, JsonValueKind.Null], entities.EnumerateArray().Select(e => e.ValueKind));
        var errors = doc.RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal([0, 1, 2, 4], errors.Select(e => e.GetProperty("path")[1].GetInt32()));
        Assert.Equal("The reference resolver of entity interface \"Inventory\" returned an object of type \"Review\", which does not implement \"Inventory\".", errors[0].GetProperty("message").GetString());
        Assert.Equal("The reference resolver of entity interface \"Inventory\" returned an object of type \"Shelf\", which is not an entity of this subgraph (no resolvable @key).", errors[1].GetProperty("message").GetString());
        Assert.StartsWith("The reference resolver of entity interface \"Inventory\" returned a Dictionary`2 whose object type could not be determined", errors[2].GetProperty("message").GetString());
        Assert.Equal("No entity of type \"Inventory\" was found for the representation.", errors[3].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Interface_Representation_Is_Checked_Against_The_Interface_Keys()
    {
        var json = await TestSubgraph.RunAsync(Inventory().Build(), Query, new Dictionary<string, object?>
        {
            ["r"] = new List<object?> { TestSubgraph.Representation("Inventory", ("sku", "1")) },
        });
        Assert.Contains("Representation of \\\"Inventory\\\" does not contain the fields of any of its resolvable keys (\\\"id\\\").", json);
    }

    [Fact]
    public void Interface_Key_Before_Federation_2_3_Is_A_Schema_Error()
    {
        var error = Assert.Throws<SchemaException>(() => new SchemaBuilder().AddDocument(InventorySdl.Replace("v2.3", "v2.2")).AddFederation().Build());
        Assert.Equal("@key on interface \"Inventory\" (an entity interface) needs federation v2.3 or later.", error.Errors[0].Message);
    }

    [Fact]
    public async Task Schema_First_Interface_Object_Is_A_Plain_Entity()
    {
        var schema = new SchemaBuilder().AddDocument("""
                extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@interfaceObject"])
                type Query { topMedia: [Media!]! }
                type Media @key(fields: "id") @interfaceObject { id: ID! reviewCount: Int }
                """)
            .AddFederation()
            .AddReferenceResolver("Media", (r, _) => new Dictionary<string, object?> { ["id"] = r["id"], ["reviewCount"] = 3 })
            .Build();
        Assert.Equal(["Media"], schema.GetType<UnionType>("_Entity")!.Types.Select(t => t.Name));
        var json = await TestSubgraph.RunAsync(schema, "query ($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Media { id reviewCount } } }",
            Vars(("Media", "m1")));
        Assert.Equal("""{"data":{"_entities":[{"__typename":"Media","id":"m1","reviewCount":3}]}}""", json);
    }

    public sealed class CodeFirstQuery
    {
        public IReadOnlyList<IInventory> Inventory() => [new Book { Id = "b1", Title = "Dune" }];
    }

    [Key("id")]
    public interface IInventory
    {
        [ID]
        string Id { get; }

        [ReferenceResolver]
        static object? Find(string id) => id switch
        {
            "b1" => new Book { Id = id, Title = "Dune" },
            "d1" => new Dvd { Id = id, Minutes = 155 },
            "r1" => new Review { Id = id },
            _ => null,
        };
    }

    [Key("id")]
    public sealed class Book : IInventory
    {
        [ID]
        public required string Id { get; init; }

        public string? Title { get; init; }
    }

    [Key("id")]
    public sealed class Dvd : IInventory
    {
        [ID]
        public required string Id { get; init; }

        public int Minutes { get; init; }
    }

    [Key("id")]
    public sealed class Review
    {
        [ID]
        public required string Id { get; init; }
    }

    private static Schema CodeFirst() => new CodeFirstSchemaBuilder().AddQueryType<CodeFirstQuery>()
        .AddType<Book>().AddType<Dvd>().AddType<Review>().AddFederation(o => o.Version = (FederationVersion)3).Build();

    [Fact]
    public async Task Code_First_Entity_Interface_Prints_Its_Key()
    {
        var sdl = await TestSubgraph.SdlAsync(CodeFirst());
        Assert.Contains("interface Inventory @key(fields: \"id\") {\n  id: ID!\n}", sdl);
        Assert.Contains("type Book implements Inventory @key(fields: \"id\") {", sdl);
    }

    [Fact]
    public async Task Code_First_Entity_Interface_Resolves_Through_The_Static_Resolver_Of_The_Interface()
    {
        var json = await TestSubgraph.RunAsync(CodeFirst(), Query, Vars(("Inventory", "d1"), ("Inventory", "b1"), ("Inventory", "r1")));
        using var doc = JsonDocument.Parse(json);
        var entities = doc.RootElement.GetProperty("data").GetProperty("_entities");
        Assert.Equal("""{"__typename":"Dvd","id":"d1","minutes":155}""", entities[0].GetRawText());
        Assert.Equal("""{"__typename":"Book","id":"b1","title":"Dune"}""", entities[1].GetRawText());
        Assert.Equal(JsonValueKind.Null, entities[2].ValueKind);
        var error = doc.RootElement.GetProperty("errors")[0];
        Assert.Equal(2, error.GetProperty("path")[1].GetInt32());
        Assert.Equal("The reference resolver of entity interface \"Inventory\" returned an object of type \"Review\", which does not implement \"Inventory\".", error.GetProperty("message").GetString());
    }
}
