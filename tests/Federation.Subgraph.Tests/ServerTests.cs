using System.Net.Http.Json;
using System.Text.Json;
using Federation.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Federation.Subgraph.Tests;

/// <summary>Subgraphs served over HTTP by Kestrel (127.0.0.1, free port): what a router sends, end to end.</summary>
public sealed class ServerTests
{
    private static async Task<(WebApplication App, HttpClient Client)> StartAsync(Action<GraphQLServerBuilder> configure)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        configure(builder.Services.AddGraphQL());
        var app = builder.Build();
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return (app, new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) });
    }

    private static async Task<string> PostAsync(HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Schema_First_Subgraph_Serves_Service_And_Batched_Entities()
    {
        var batches = 0;
        var (app, client) = await StartAsync(graphql => graphql
            .AddDocumentFromString(TestSubgraph.ProductsSdl)
            .AddFederation()
            .AddBatchReferenceResolver("Product", (representations, _) =>
            {
                Interlocked.Increment(ref batches);
                return new ValueTask<IReadOnlyList<object?>>(representations
                    .Select(r => (object?)new Dictionary<string, object?> { ["upc"] = r["upc"], ["name"] = "N" + r["upc"] }).ToList());
            }));
        await using var _ = app;
        using var __ = client;

        using (var doc = JsonDocument.Parse(await PostAsync(client, "{ _service { sdl } }")))
        {
            Assert.Contains("type Product @key(fields: \"upc\")", doc.RootElement.GetProperty("data").GetProperty("_service").GetProperty("sdl").GetString());
        }

        var json = await PostAsync(client, "query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { upc name } } }",
            new { r = new object[] { new { __typename = "Product", upc = "1" }, new { __typename = "Product", upc = "2" } } });
        Assert.Equal("""{"data":{"_entities":[{"upc":"1","name":"N1"},{"upc":"2","name":"N2"}]}}""", json);
        Assert.Equal(1, batches);
    }

    [Fact]
    public async Task Code_First_Subgraph_Serves_Entities()
    {
        var (app, client) = await StartAsync(graphql => graphql.AddQueryType<CodeFirstTests.Query>().AddFederation(o => o.Version = (FederationVersion)7));
        await using var _ = app;
        using var __ = client;
        var json = await PostAsync(client, "query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { upc name } } }",
            new { r = new object[] { new { __typename = "Product", upc = "9" } } });
        Assert.Equal("""{"data":{"_entities":[{"upc":"9","name":"Product 9"}]}}""", json);
        using var doc = JsonDocument.Parse(await PostAsync(client, "{ _service { sdl } }"));
        Assert.StartsWith("extend schema @link(url: \"https://specs.apollo.dev/federation/v2.7\"",
            doc.RootElement.GetProperty("data").GetProperty("_service").GetProperty("sdl").GetString());
    }
}
