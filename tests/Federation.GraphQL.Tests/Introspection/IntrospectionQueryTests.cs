using Federation.Testing;
using System.Text.Json;
using System.Text.Json.Nodes;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Introspection;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Tests.Introspection;

/// <summary>
/// Differential test: the full introspection query (<see cref="IntrospectionQuery.Text"/>, every option on) over schemas built from SDL must
/// give exactly graphql-js's result. Expected results are in <c>__snapshots__/*.introspection.json</c>
/// (regenerate with <c>oracle/introspect-snapshots.js</c>).
/// </summary>
public sealed class IntrospectionQueryTests
{
    [Theory]
    [InlineData("minimal")]
    [InlineData("star-wars")]
    [InlineData("kitchen-sink")]
    public async Task Introspection_Query_Matches_GraphQLJs(string name)
    {
        var schema = SchemaBuilder.FromSdl(Fixtures.Read(name + ".graphql"));
        var executor = new RequestExecutor(schema);
        var result = await executor.ExecuteAsync(new ExecutionRequest(IntrospectionQuery.Text));

        var expected = Normalize(Fixtures.Read(name + ".introspection.json"));
        var actual = Normalize(result.ToJson());
        Assert.True(expected == actual, LineDiff.Unified(expected, actual));
    }

    [Fact]
    public async Task Introspection_Of_Code_First_Schema_Lists_Every_Type_Once()
    {
        var schema = CodeFirst.CodeFirstSchemaTests.BuildTaskBoard();
        var result = await new RequestExecutor(schema).ExecuteAsync(new ExecutionRequest(IntrospectionQuery.Text));
        Assert.Null(result.Errors);
        var types = JsonNode.Parse(result.ToJson())!["data"]!["__schema"]!["types"]!.AsArray().Select(t => (string)t!["name"]!).ToList();
        Assert.Equal(schema.Types.Select(t => t.Name), types);
        Assert.Equal(types.Count, types.Distinct().Count());
    }

    [Fact]
    public async Task TypeName_And_Type_Meta_Fields_Resolve()
    {
        var schema = SchemaBuilder.FromSdl(Fixtures.Read("star-wars.graphql"));
        var result = await new RequestExecutor(schema).ExecuteAsync(new ExecutionRequest(
            "{ __typename t: __type(name: \"Human\") { name kind interfaces { name } } missing: __type(name: \"Nope\") { name } }"));
        Assert.Equal("""{"data":{"__typename":"Query","t":{"name":"Human","kind":"OBJECT","interfaces":[{"name":"Character"}]},"missing":null}}""",
            result.ToJson());
    }

    // Same layout for both sides so that the comparison is exact (property order included) and diffs are readable.
    private static string Normalize(string json)
        => JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).Replace("\r\n", "\n");
}
