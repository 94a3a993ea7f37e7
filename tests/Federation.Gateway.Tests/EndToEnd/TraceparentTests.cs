using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Federation.Gateway.Tests.EndToEnd;

/// <summary>The client's W3C traceparent reaches every subgraph call, through the engine's HTTP transport.</summary>
public sealed class TraceparentTests(BenchSubgraphs subgraphs) : IClassFixture<BenchSubgraphs>
{
    [Fact]
    public async Task The_clients_traceparent_is_forwarded_to_each_subgraph()
    {
        var seen = new ConcurrentBag<string>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        await using var recorder = builder.Build();
        using var forward = new HttpClient();
        recorder.MapPost("/{name}", async (string name, HttpContext context) =>
        {
            seen.Add($"{name} {context.Request.Headers["traceparent"]}");
            using var body = new StreamContent(context.Request.Body);
            body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            using var answer = await forward.PostAsync($"{subgraphs.Url}/{name}", body);
            return Results.Text(await answer.Content.ReadAsStringAsync(), "application/json");
        });
        await recorder.StartAsync();
        var url = recorder.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var file = Path.Combine(Path.GetTempPath(), $"trace-{Guid.NewGuid():N}.graphql");
        await File.WriteAllTextAsync(file, subgraphs.Supergraph().Replace(subgraphs.Url, url, StringComparison.Ordinal));
        await using var gateway = await GatewayServer.StartAsync(file);
        File.Delete(file);

        const string traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, gateway.Url + "/graphql")
        {
            Content = new StringContent("""{"query":"{ topProducts(first: 1) { name inStock } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("traceparent", traceparent);
        using var response = await http.SendAsync(request);
        var result = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(result["errors"] is null, result.ToJsonString());
        Assert.Equal(["inventory", "products"], seen.Select(s => s.Split(' ')[0]).Distinct().Order());
        // Each subgraph call carries the client's trace id (the span id may be the gateway's own when tracing is on).
        Assert.All(seen, s => Assert.Contains("4bf92f3577b34da6a3ce929d0e0e4736", s));
    }
}
