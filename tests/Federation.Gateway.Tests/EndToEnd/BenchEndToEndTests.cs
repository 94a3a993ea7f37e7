using System.Text.Json.Nodes;

namespace Federation.Gateway.Tests.EndToEnd;

/// <summary>The gateway over bench/Subgraphs: the benchmark query, variables, conditions, introspection, request errors.</summary>
public sealed class BenchEndToEndTests(BenchSubgraphs subgraphs) : IClassFixture<BenchSubgraphs>, IAsyncLifetime
{
    private GatewayServer _gateway = null!;
    private string _file = "";

    public async Task InitializeAsync()
    {
        _file = Path.Combine(Path.GetTempPath(), $"bench-{Guid.NewGuid():N}.graphql");
        await File.WriteAllTextAsync(_file, subgraphs.Supergraph());
        _gateway = await GatewayServer.StartAsync(_file);
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        File.Delete(_file);
    }

    private static string Resource(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Supergraphs", name));

    [Fact]
    public async Task The_benchmark_query_gives_exactly_the_expected_response()
    {
        var result = await _gateway.PostAsync(Resource("gateway-benchmark-query.graphql"));
        var expected = JsonNode.Parse(Resource("gateway-benchmark-expected-response.json"));
        Assert.True(JsonNode.DeepEquals(expected, result), result.ToJsonString()[..Math.Min(400, result.ToJsonString().Length)]);
    }

    [Fact]
    public async Task Variables_aliases_typename_and_conditions_reach_the_right_subgraphs()
    {
        const string query = """
            query($id: ID!, $withReviews: Boolean!, $first: Int) {
              u: user(id: $id) { __typename id nick: username reviews @include(if: $withReviews) { product { name inStock } } }
              top: topProducts(first: $first) { upc shippingEstimate reviews @skip(if: $withReviews) { id } }
            }
            """;
        var result = await _gateway.PostAsync(query, """{"id":"1","withReviews":true,"first":1}""");
        Assert.True(result["errors"] is null, result.ToJsonString());
        var user = result["data"]!["u"]!;
        Assert.Equal("User", (string?)user["__typename"]);
        Assert.Equal("urigo", (string?)user["nick"]);
        Assert.Equal("Table", (string?)user["reviews"]![0]!["product"]!["name"]);
        Assert.True((bool?)user["reviews"]![0]!["product"]!["inStock"]);
        var top = result["data"]!["top"]!.AsArray();
        Assert.Single(top);
        Assert.Equal("1", (string?)top[0]!["upc"]);
        Assert.True(top[0]!.AsObject().ContainsKey("shippingEstimate"), result.ToJsonString());
        Assert.Null(top[0]!.AsObject()["reviews"]);
        Assert.False(top[0]!.AsObject().ContainsKey("reviews"));
    }

    [Fact]
    public async Task Introspection_and_typename_are_answered_from_the_API_schema()
    {
        var result = await _gateway.PostAsync("""{ __typename __type(name: "Product") { fields { name } } t: __schema { types { name } } }""");
        Assert.Null(result["errors"]);
        Assert.Equal("Query", (string?)result["data"]!["__typename"]);
        var fields = result["data"]!["__type"]!["fields"]!.AsArray().Select(f => (string?)f!["name"]).ToList();
        Assert.Contains("shippingEstimate", fields);
        var types = result["data"]!["t"]!["types"]!.AsArray().Select(t => (string?)t!["name"]).ToList();
        Assert.DoesNotContain(types, t => t!.StartsWith("join__", StringComparison.Ordinal) || t.StartsWith("link__", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invalid_operations_are_rejected_with_the_engines_errors()
    {
        var unknown = await _gateway.PostAsync("{ topProducts { nope } }");
        Assert.Null(unknown["data"]);
        Assert.StartsWith("Cannot query field \"nope\" on type \"Product\".", (string?)unknown["errors"]![0]!["message"]);

        var variables = await _gateway.PostAsync("query($id: ID!) { user(id: $id) { name } }", "{}");
        Assert.Null(variables["data"]);
        Assert.Contains("$id", (string?)variables["errors"]![0]!["message"]);
    }

    [Fact]
    public async Task Health_endpoints_answer_once_the_supergraph_is_loaded()
    {
        Assert.Equal("200", await _gateway.GetStatusAsync("/health/live"));
        Assert.Equal("200", await _gateway.GetStatusAsync("/health/ready"));
    }
}
