using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.Spec.Tests;

public class FederationLinkTests
{
    private static FederationLink Read(string schemaDirectives) => FederationLink.Read(Parser.Parse("extend schema " + schemaDirectives + "\ntype Query { a: Int }"));

    [Fact]
    public void Resolves_Imports_Renames_And_The_Namespace_Prefix()
    {
        var link = Read("""@link(url: "https://specs.apollo.dev/federation/v2.7", as: "fed", import: ["@key", { name: "@shareable", as: "@share" }, "FieldSet"])""");
        Assert.Equal(7, link.Minor);
        Assert.Equal("key", link.DirectiveName("key"));
        Assert.Equal("share", link.DirectiveName("shareable"));
        Assert.Equal("fed__external", link.DirectiveName("external"));
        Assert.Equal("FieldSet", link.TypeName("FieldSet"));
        Assert.Equal("fed__Scope", link.TypeName("Scope"));
        Assert.Equal("shareable", link.SpecDirectiveName("share"));
        Assert.Equal("external", link.SpecDirectiveName("fed__external"));
        Assert.Null(link.SpecDirectiveName("shareable"));
        Assert.Null(link.SpecDirectiveName("fed__nope"));
        Assert.NotNull(link.Directive);
    }

    [Fact]
    public void Without_A_Federation_Link_It_Is_Federation_1()
    {
        var link = FederationLink.Read(Parser.Parse("type Query { a: Int }"));
        Assert.False(link.IsFederation2);
        Assert.Equal("key", link.SpecDirectiveName("key"));
        Assert.Null(link.SpecDirectiveName("shareable"));
        Assert.Equal("_FieldSet", link.TypeName("FieldSet"));
    }

    [Theory]
    [InlineData("""@link(url: "https://specs.apollo.dev/federation/v2.99")""", "Unknown version")]
    [InlineData("""@link(url: "https://specs.apollo.dev/federation/v2.0", import: ["@interfaceObject"])""", "unknown element")]
    [InlineData("""@link(url: "https://specs.apollo.dev/federation/v2.3", import: [{ name: "@key", as: "Key" }])""", "Invalid @link import")]
    public void Bad_Links_Are_Reported(string directive, string expected)
    {
        var e = Assert.Throws<SchemaException>(() => Read(directive));
        Assert.Contains(expected, e.Errors[0].Message);
    }

    [Fact]
    public void Version_Table_And_Definitions_Follow_The_Link()
    {
        Assert.Equal(3, FederationSpec.Since("interfaceObject"));
        Assert.Equal(7, FederationSpec.MinorOf("https://specs.apollo.dev/federation/v2.7"));
        Assert.Null(FederationSpec.MinorOf("https://specs.apollo.dev/federation/v3.0"));
        var link = Read("""@link(url: "https://specs.apollo.dev/federation/v2.2", import: [{ name: "@key", as: "@id" }])""");
        var sdl = FederationSpec.Definitions(link);
        Assert.Contains("directive @id(fields: federation__FieldSet!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE", sdl);
        Assert.Contains("directive @federation__shareable repeatable on OBJECT | FIELD_DEFINITION", sdl);
        Assert.DoesNotContain("interfaceObject", sdl);
        Assert.Contains("@id", FederationSpec.ReservedNames(link));
    }

    [Fact]
    public void Subgraph_Model_Reads_Entities_And_Keeps_The_User_Definitions()
    {
        var model = SubgraphModel.Read(Parser.Parse("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
            directive @key(fields: federation__FieldSet!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE
            schema { query: Root }
            type Root { me: User }
            type User @key(fields: "id") @key(fields: "email", resolvable: false) { id: ID! email: String }
            type Stub @key(fields: "id", resolvable: false) { id: ID! }
            interface Node @key(fields: "id") { id: ID! }
            """));
        Assert.Equal("Root", model.QueryTypeName);
        Assert.Equal(["User"], model.Entities.Keys);
        Assert.Equal(["Node"], model.EntityInterfaces.Keys);
        Assert.Equal(2, model.Entities["User"].Keys.Count);
        Assert.DoesNotContain(model.UserDefinitions, d => d is DirectiveDefinitionNode);
    }
}
