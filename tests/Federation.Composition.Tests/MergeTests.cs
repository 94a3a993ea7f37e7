using static Federation.Composition.Tests.Sdl;

namespace Federation.Composition.Tests;

public class MergeTests
{
    [Fact]
    public void Entity_Fields_Get_Join_Directives_Per_Subgraph()
    {
        var result = Compose(
            ("accounts", Fed("type Query { me: User } type User @key(fields: \"id\") { id: ID! name: String }")),
            ("reviews", Fed("type User @key(fields: \"id\") { id: ID! name: String @external reviews: [String] @requires(fields: \"name\") }")));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.ToDiagnosticString())));
        var sdl = result.SupergraphSdl!;
        Assert.Contains("@link(url: \"https://specs.apollo.dev/join/v0.3\", for: EXECUTION)", sdl);
        Assert.Contains("ACCOUNTS @join__graph(name: \"accounts\", url: \"http://accounts/graphql\")", sdl);
        Assert.Contains("type User\n  @join__type(graph: ACCOUNTS, key: \"id\")\n  @join__type(graph: REVIEWS, key: \"id\")\n{", sdl);
        Assert.Contains("  id: ID!\n", sdl);
        Assert.Contains("  name: String @join__field(graph: ACCOUNTS) @join__field(graph: REVIEWS, external: true)\n", sdl);
        Assert.Contains("  reviews: [String] @join__field(graph: REVIEWS, requires: \"name\")\n", sdl);
        Assert.Contains("type Query\n  @join__type(graph: ACCOUNTS)\n  @join__type(graph: REVIEWS)\n", sdl);
    }

    [Fact]
    public void Enums_Merge_By_Use_And_Unions_Record_Members_Per_Graph()
    {
        var result = Compose(
            ("a", Fed("type Query { e: E s: S } enum E { ONE TWO } union S = X type X { x: Int }")),
            ("b", Fed("type Query { f: E } enum E { ONE }")));
        Assert.True(result.Succeeded);
        Assert.Contains("  TWO @join__enumValue(graph: A)\n", result.SupergraphSdl);
        Assert.Contains("  ONE @join__enumValue(graph: A) @join__enumValue(graph: B)\n", result.SupergraphSdl);
        Assert.Contains("@join__unionMember(graph: A, member: \"X\")", result.SupergraphSdl);
        Assert.Contains(result.Hints, h => h.Code == "INCONSISTENT_ENUM_VALUE_FOR_OUTPUT_ENUM");
    }

    [Fact]
    public void Progressive_Override_Uses_Join_v0_4_And_Labels_Both_Sides()
    {
        var result = Compose(
            ("a", Fed("type Query { t: T } type T @key(fields: \"id\") { id: ID! x: Int }", "\"@key\"", 7)),
            ("b", Fed("type T @key(fields: \"id\") { id: ID! x: Int @override(from: \"a\", label: \"percent(5)\") }", "\"@key\", \"@override\"", 7)));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.ToDiagnosticString())));
        Assert.Contains("join/v0.4", result.SupergraphSdl);
        Assert.Contains("x: Int @join__field(graph: A, overrideLabel: \"percent(5)\") @join__field(graph: B, override: \"a\", overrideLabel: \"percent(5)\")", result.SupergraphSdl);
    }
}
