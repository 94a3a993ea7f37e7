using static Federation.Composition.Tests.Sdl;

namespace Federation.Composition.Tests;

/// <summary>Errors carry Apollo's code, the subgraph and the SDL location, and every error is reported at once.</summary>
public class ErrorTests
{
    [Fact]
    public void Every_Error_Is_Reported_With_Code_Subgraph_And_Location()
    {
        var result = Compose(
            ("a", Fed("type Query { t: T }\ntype T @key(fields: \"id\") {\n  id: ID!\n  n: Int\n}")),
            ("b", Fed("type T @key(fields: \"id\") {\n  id: ID!\n  n: String\n}")));
        Assert.False(result.Succeeded);
        Assert.Null(result.SupergraphSdl);
        Assert.Equal(["FIELD_TYPE_MISMATCH", "INVALID_FIELD_SHARING"], result.Errors.Select(e => e.Code).Order());
        var sharing = result.Errors.Single(e => e.Code == "INVALID_FIELD_SHARING");
        Assert.Equal("a:5:3: INVALID_FIELD_SHARING Non-shareable field \"T.n\" is resolved from multiple subgraphs: it is resolved from subgraphs \"a\" and \"b\" and defined as non-shareable in all of them", sharing.ToDiagnosticString());
    }

    [Theory]
    [InlineData("type Query { a: Int ", "INVALID_GRAPHQL")]
    [InlineData("extend schema @link(url: \"https://specs.apollo.dev/federation/v2.99\", import: [\"@key\"]) type Query { a: Int }", "UNKNOWN_FEDERATION_LINK_VERSION")]
    [InlineData("extend schema @link(url: \"https://specs.apollo.dev/federation/v2.0\", import: [\"@interfaceObject\"]) type Query { a: Int }", "INVALID_LINK_DIRECTIVE_USAGE")]
    public void Bad_Input_Gets_A_Coded_Error(string sdl, string code)
    {
        var error = Assert.Single(Compose(("bad", sdl)).Errors);
        Assert.Equal(code, error.Code);
        Assert.Equal("bad", error.Source);
    }

    [Theory]
    [InlineData("type Query { t: T } type T @key(fields: \"nope\") { id: ID! }", "KEY_INVALID_FIELDS")]
    [InlineData("type Query { t: T } type T @key(fields: \"id\") { id(x: Int): ID! }", "KEY_FIELDS_HAS_ARGS")]
    [InlineData("type Query { p: P } type P @key(fields: \"id\") { id: ID! w: Int s: Int @requires(fields: \"w\") }", "REQUIRES_FIELDS_MISSING_EXTERNAL")]
    [InlineData("type Query { p: Int @provides(fields: \"x\") }", "PROVIDES_ON_NON_OBJECT_FIELD")]
    [InlineData("type Query { p: P } type P @key(fields: \"id\") { id: ID! w: Int @external }", "EXTERNAL_UNUSED")]
    public void Subgraph_Rules_Report_Apollo_Codes(string sdl, string code)
        => Assert.Contains(Compose(("a", Fed(sdl))).Errors, e => e.Code == code);

    [Fact]
    public void A_Subgraph_Set_Without_Queries_Is_An_Error()
        => Assert.Contains(Compose(("a", Fed("type T @key(fields: \"id\") { id: ID! }"))).Errors, e => e.Code == "NO_QUERIES");
}
