namespace Federation.Gateway.Tests.EndToEnd;

/// <summary>The supergraph file is watched: a valid new supergraph replaces the old one, a broken one is refused.</summary>
public sealed class HotReloadTests(BenchSubgraphs subgraphs) : IClassFixture<BenchSubgraphs>
{
    [Fact]
    public async Task A_broken_supergraph_is_refused_and_a_valid_one_is_served()
    {
        var file = Path.Combine(Path.GetTempPath(), $"reload-{Guid.NewGuid():N}.graphql");
        var sdl = subgraphs.Supergraph();
        await File.WriteAllTextAsync(file, sdl);
        await using var gateway = await GatewayServer.StartAsync(file);
        Assert.Null((await gateway.PostAsync("{ topProducts(first: 1) { name } }"))["errors"]);

        await File.WriteAllTextAsync(file, "type Query { broken: ");
        await Task.Delay(1500);
        var stillServing = await gateway.PostAsync("{ topProducts(first: 1) { name } }");
        Assert.Null(stillServing["errors"]);
        Assert.Equal("Table", (string?)stillServing["data"]!["topProducts"]![0]!["name"]);

        // A new supergraph without Query.me: the field is now unknown to validation.
        await File.WriteAllTextAsync(file, sdl.Replace("  me: User @join__field(graph: ACCOUNTS)\n", "", StringComparison.Ordinal));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        string? message = null;
        while (DateTime.UtcNow < deadline)
        {
            var result = await gateway.PostAsync("{ me { id } }");
            message = (string?)result["errors"]?[0]?["message"];
            if (message is not null) break;
            await Task.Delay(200);
        }
        File.Delete(file);
        Assert.Equal("Cannot query field \"me\" on type \"Query\".", message);
    }
}
