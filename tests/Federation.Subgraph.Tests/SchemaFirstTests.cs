using Federation.GraphQL.Types;
using Snapshooter.Xunit;

namespace Federation.Subgraph.Tests;

public sealed class SchemaFirstTests
{
    private static Schema Products() => new SchemaBuilder().AddDocument(TestSubgraph.ProductsSdl).AddFederation().Build();

    [Fact]
    public async Task Service_Sdl_Is_The_Sdl_As_Written_Without_Federation_Definitions()
    {
        var sdl = await TestSubgraph.SdlAsync(Products());
        Snapshot.Match(sdl);
        Assert.DoesNotContain("_entities", sdl);
        Assert.DoesNotContain("directive @key", sdl);
    }

    [Fact]
    public void Schema_Has_Federation_Additions_For_The_Linked_Version()
    {
        var schema = Products();
        Snapshot.Match(SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Entity_Union_Holds_Types_With_A_Resolvable_Key_Only()
    {
        var union = Products().GetType<UnionType>("_Entity");
        Assert.NotNull(union);
        Assert.Equal(["Product", "Review"], union.Types.Select(t => t.Name));
    }

    [Fact]
    public void Subgraph_Without_Entities_Has_No_Entity_Union_Nor_Entities_Field()
    {
        var schema = new SchemaBuilder().AddDocument("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.0", import: ["@shareable"])
            type Query { hello: String @shareable }
            """).AddFederation().Build();
        Assert.Null(schema.GetType("_Entity"));
        Assert.Null(schema.QueryType!.GetField("_entities"));
        Assert.NotNull(schema.QueryType!.GetField("_service"));
    }

    [Fact]
    public void Subgraph_With_Only_Unresolvable_Keys_Has_No_Entity_Union()
    {
        var schema = new SchemaBuilder().AddDocument("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.0", import: ["@key"])
            type Query { me: User }
            type User @key(fields: "id", resolvable: false) { id: ID! }
            """).AddFederation().Build();
        Assert.Null(schema.GetType("_Entity"));
        Assert.Null(schema.QueryType!.GetField("_entities"));
    }

    [Fact]
    public async Task Query_Type_Is_Added_When_The_Subgraph_Has_None()
    {
        var schema = new SchemaBuilder().AddDocument("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.0", import: ["@key"])
            type Product @key(fields: "upc") { upc: String! name: String }
            """).AddFederation().Build();
        Assert.NotNull(schema.QueryType);
        Assert.Equal("Query", schema.QueryType.Name);
        Assert.DoesNotContain("type Query", await TestSubgraph.SdlAsync(schema));
    }

    [Fact]
    public void Federation1_Extend_Type_Query_Without_Definition_Builds()
    {
        var schema = new SchemaBuilder().AddDocument("""
            extend type Query { me: User }
            extend type User @key(fields: "id") { id: ID! @external reviews: [String] }
            """).AddFederation().Build();
        Assert.NotNull(schema.QueryType!.GetField("me"));
        Assert.NotNull(schema.GetDirective("key"));
        Assert.NotNull(schema.GetType("_FieldSet"));
        Assert.Equal(["User"], schema.GetType<UnionType>("_Entity")!.Types.Select(t => t.Name));
    }

    [Fact]
    public void Renamed_Query_Root_Gets_The_Federation_Fields()
    {
        var schema = new SchemaBuilder().AddDocument("""
            schema @link(url: "https://specs.apollo.dev/federation/v2.0", import: ["@key"]) { query: Root }
            type Root { p: P }
            type P @key(fields: "id") { id: ID! }
            """).AddFederation().Build();
        Assert.NotNull(schema.GetType<ObjectType>("Root")!.GetField("_entities"));
        Assert.NotNull(schema.GetType<ObjectType>("Root")!.GetField("_service"));
    }
}
