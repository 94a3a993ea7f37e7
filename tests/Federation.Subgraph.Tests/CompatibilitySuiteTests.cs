using Federation.GraphQL.Types;

namespace Federation.Subgraph.Tests;

/// <summary>
/// What Apollo's subgraph compatibility suite checks (tests/interop-compat runs the suite itself), pinned here at the
/// library level: a custom @link'd directive composed with @composeDirective, an @interfaceObject entity, and
/// @requires'd fields that reach the resolver through the representation.
/// </summary>
public sealed class CompatibilitySuiteTests
{
    private const string Sdl = """
        extend schema
          @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@composeDirective", "@external", "@key", "@interfaceObject", "@requires"])
          @link(url: "https://myspecs.dev/myCustomDirective/v1.0", import: ["@custom"])
          @composeDirective(name: "@custom")

        directive @custom on OBJECT

        type Product @custom @key(fields: "id") { id: ID! }

        type Inventory @interfaceObject @key(fields: "id") {
          id: ID!
          count: Int!
        }

        extend type User @key(fields: "email") {
          email: ID! @external
          total: Int @external
          years: Int! @external
          average: Int @requires(fields: "total years")
        }

        extend type Query { product(id: ID!): Product }
        """;

    private static Schema Build() => new SchemaBuilder()
        .AddDocument(Sdl)
        .AddFederation()
        .AddReferenceResolver("Inventory", (r, _) => (string?)r["id"] == "oss" ? new Dictionary<string, object?> { ["id"] = "oss", ["count"] = 3 } : null)
        .AddResolver("User", "average", ctx => ctx.Parent is IReadOnlyDictionary<string, object?> user && user["years"] is long years and > 0
            ? (object?)(int)Math.Round(Convert.ToDouble(user["total"], null) / years)
            : null)
        .Build();

    [Fact]
    public async Task Service_Sdl_Keeps_The_Custom_Link_The_Composed_Directive_Its_Definition_And_Its_Use()
    {
        var sdl = await TestSubgraph.SdlAsync(Build());
        Assert.Contains("@link(url: \"https://myspecs.dev/myCustomDirective/v1.0\", import: [\"@custom\"])", sdl);
        Assert.Contains("@composeDirective(name: \"@custom\")", sdl);
        Assert.Contains("directive @custom on OBJECT", sdl);
        Assert.Contains("type Product @custom @key(fields: \"id\")", sdl);
        Assert.Contains("type Inventory @interfaceObject @key(fields: \"id\")", sdl);
        Assert.Contains("extend type User @key(fields: \"email\")", sdl);
    }

    [Fact]
    public void Interface_Object_With_A_Key_Is_An_Entity()
    {
        var union = Build().GetType<UnionType>("_Entity");
        Assert.NotNull(union);
        Assert.Contains("Inventory", union.Types.Select(t => t.Name));
    }

    [Fact]
    public async Task Interface_Object_Entity_Resolves_From_A_Representation_Typed_With_The_Interface_Object()
    {
        var json = await TestSubgraph.RunAsync(Build(), "query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Inventory { id count } } }",
            new Dictionary<string, object?> { ["r"] = new object?[] { TestSubgraph.Representation("Inventory", ("id", "oss")) } });
        Assert.Equal("""{"data":{"_entities":[{"__typename":"Inventory","id":"oss","count":3}]}}""", json);
    }

    [Fact]
    public async Task Required_Fields_Reach_The_Resolver_Through_The_Representation()
    {
        var json = await TestSubgraph.RunAsync(Build(), "query($r: [_Any!]!) { _entities(representations: $r) { ... on User { email average } } }",
            new Dictionary<string, object?> { ["r"] = new object?[] { TestSubgraph.Representation("User", ("email", "a@b"), ("total", 1337L), ("years", 10L)) } });
        Assert.Equal("""{"data":{"_entities":[{"email":"a@b","average":134}]}}""", json);
    }
}
