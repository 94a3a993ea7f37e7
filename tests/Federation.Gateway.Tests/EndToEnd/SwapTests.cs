using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Federation.Gateway.Tests.EndToEnd;

/// <summary>A supergraph swap while a slow request runs: the request finishes on the old executor, the next ones see the new one.</summary>
public sealed class SwapTests(BenchSubgraphs subgraphs) : IClassFixture<BenchSubgraphs>
{
    [Fact]
    public async Task A_swap_during_a_slow_request_lets_it_finish()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        await using var slow = builder.Build();
        using var forward = new HttpClient();
        slow.MapPost("/{name}", async (string name, HttpContext context) =>
        {
            await Task.Delay(1500);
            using var body = new StreamContent(context.Request.Body);
            body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            using var answer = await forward.PostAsync($"{subgraphs.Url}/{name}", body);
            return Results.Text(await answer.Content.ReadAsStringAsync(), "application/json");
        });
        await slow.StartAsync();
        var slowUrl = slow.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();

        var file = Path.Combine(Path.GetTempPath(), $"swap-{Guid.NewGuid():N}.graphql");
        var sdl = subgraphs.Supergraph();
        await File.WriteAllTextAsync(file, sdl.Replace(subgraphs.Url, slowUrl, StringComparison.Ordinal));
        await using var gateway = await GatewayServer.StartAsync(file);
        File.Delete(file);

        var inFlight = gateway.PostAsync("{ topProducts(first: 1) { name } }");
        await Task.Delay(500);
        var holder = gateway.Services.GetRequiredService<SupergraphHolder>();
        Assert.True(holder.TryReplace(sdl.Replace("  me: User @join__field(graph: ACCOUNTS)\n", "", StringComparison.Ordinal)));
        Assert.False(inFlight.IsCompleted);

        var finished = await inFlight;
        Assert.Null(finished["errors"]);
        Assert.Equal("Table", (string?)finished["data"]!["topProducts"]![0]!["name"]);
        var after = await gateway.PostAsync("{ me { id } }");
        Assert.Equal("Cannot query field \"me\" on type \"Query\".", (string?)after["errors"]?[0]?["message"]);
    }
}
