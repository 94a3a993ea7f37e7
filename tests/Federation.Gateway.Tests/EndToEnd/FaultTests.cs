using System.Diagnostics;

namespace Federation.Gateway.Tests.EndToEnd;

/// <summary>A failing or slow subgraph gives partial data and an error for its part; the rest of the response is whole.</summary>
public sealed class FaultTests(BenchSubgraphs subgraphs) : IClassFixture<BenchSubgraphs>, IAsyncLifetime
{
    private readonly FaultySubgraph _faulty = new();

    public Task InitializeAsync() => _faulty.InitializeAsync();
    public Task DisposeAsync() => _faulty.DisposeAsync();

    [Theory]
    [InlineData("garbage", "not JSON")]
    [InlineData("500", "HTTP 500")]
    [InlineData("close", "")]
    [InlineData("sleep", "no response within 3000 ms")]
    public async Task A_broken_inventory_subgraph_leaves_the_products_and_an_error(string mode, string expectedMessage)
    {
        var file = Path.Combine(Path.GetTempPath(), $"fault-{Guid.NewGuid():N}.graphql");
        await File.WriteAllTextAsync(file, subgraphs.Supergraph());
        await using var gateway = await GatewayServer.StartAsync(file, options =>
        {
            options.Execution.SubgraphUrls["inventory"] = $"{_faulty.Url}/{mode}";
            options.Execution.SubgraphTimeout = TimeSpan.FromSeconds(3);
        });
        // The subgraphs' first answer (JIT) may be slow on a busy machine: warm them up before the clock starts.
        using (var warm = new HttpClient())
        {
            using var body = new StringContent("{\"query\":\"{ topProducts { name } }\"}", System.Text.Encoding.UTF8, "application/json");
            (await warm.PostAsync(subgraphs.Url + "/products", body)).Dispose();
        }
        var clock = Stopwatch.StartNew();
        var result = await gateway.PostAsync("{ topProducts { name inStock } }");
        clock.Stop();
        File.Delete(file);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(12), $"took {clock.Elapsed}");
        Assert.True(result["data"]?["topProducts"] is System.Text.Json.Nodes.JsonArray, result.ToJsonString());
        var products = result["data"]!["topProducts"]!.AsArray();
        Assert.Equal(5, products.Count);
        Assert.All(products, p =>
        {
            Assert.NotNull((string?)p!["name"]);
            Assert.Null(p["inStock"]);
        });
        var message = (string?)result["errors"]![0]!["message"];
        Assert.StartsWith("Subgraph \"inventory\" failed: ", message);
        Assert.Contains(expectedMessage, message);
        Assert.Equal("SUBGRAPH_ERROR", (string?)result["errors"]![0]!["extensions"]!["code"]);
    }
}
