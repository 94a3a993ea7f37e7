using Federation.Composition.Config;

namespace Federation.Composition.Tests;

public class ConfigTests
{
    [Fact]
    public void Reads_Rover_Supergraph_Yaml()
    {
        var config = SupergraphConfig.Parse("""
            federation_version: =2.7.1
            subgraphs:
              products:
                routing_url: http://products/graphql
                schema:
                  file: ./products.graphql
              reviews:
                routing_url: http://reviews/graphql
                schema:
                  subgraph_url: http://127.0.0.1:1/reviews
            """, "/tmp/base");
        Assert.Equal("=2.7.1", config.FederationVersion);
        Assert.Equal(new SubgraphEntry("products", "http://products/graphql", "/tmp/base/products.graphql", null), config.Subgraphs[0]);
        Assert.Equal("http://127.0.0.1:1/reviews", config.Subgraphs[1].SubgraphUrl);
    }

    [Theory]
    [InlineData("federation_version: 3\nsubgraphs: {}", "unknown federation_version")]
    [InlineData("subgraphs: [a, b]", "must be a mapping")]
    [InlineData("subgraphs:\n  a:\n    routing_url: x", "needs \"schema\"")]
    [InlineData("subgraphs: {a: [", "invalid YAML")]
    public void Bad_Config_Is_A_Coded_Error(string yaml, string expected)
    {
        var e = Assert.Throws<CompositionInputException>(() => SupergraphConfig.Parse(yaml, "/tmp"));
        Assert.Contains(expected, e.Errors[0].Message);
        Assert.Equal("INVALID_SUPERGRAPH_CONFIG", e.Errors[0].Code);
    }

    [Fact]
    public async Task An_Unreachable_Subgraph_Url_Is_A_Coded_Error()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var http = new HttpClient();
        var e = await Assert.ThrowsAsync<CompositionInputException>(() => ServiceSdl.FetchAsync(http, $"http://127.0.0.1:{port}/graphql"));
        Assert.Equal("SUBGRAPH_UNREACHABLE", e.Errors[0].Code);
    }
}
