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

namespace Federation.Subgraph.Tests.Tracing;

/// <summary>
/// Federated tracing (ftv1) over HTTP: with <c>apollo-federation-include-trace: ftv1</c> the answer carries
/// <c>extensions.ftv1</c>, a base64 reports.proto Trace decoded here by an independent reader.
/// </summary>
public sealed class FederatedTracingTests
{
    private const string Sdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
        type Query { topProducts: [Product!]! broken: String }
        type Product @key(fields: "upc") { upc: String! name: String price: Int }
        """;

    private static async Task<(WebApplication App, HttpClient Client)> StartAsync(Action<GraphQLServerBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var graphql = builder.Services.AddGraphQL()
            .AddDocumentFromString(Sdl)
            .AddFederation()
            .AddResolver("Query", "topProducts", async _ =>
            {
                await Task.Delay(5);
                return new object[]
                {
                    new Dictionary<string, object?> { ["upc"] = "1", ["name"] = "Table", ["price"] = 899 },
                    new Dictionary<string, object?> { ["upc"] = "2", ["name"] = "Couch", ["price"] = 1299 },
                };
            })
            .AddResolver("Query", "broken", _ => throw new InvalidOperationException("broken on purpose"))
            .AddResolver("Product", "price", ctx => ((IReadOnlyDictionary<string, object?>)ctx.Parent!)["upc"] is "2"
                ? throw new InvalidOperationException("no price for 2")
                : ((IReadOnlyDictionary<string, object?>)ctx.Parent!)["price"]);
        configure?.Invoke(graphql);
        var app = builder.Build();
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return (app, new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) });
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string query, string? traceHeader = "ftv1")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        if (traceHeader is not null) request.Headers.Add("apollo-federation-include-trace", traceHeader);
        using var response = await client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static DecodedTrace Trace(JsonElement body)
        => ProtobufReader.DecodeTrace(Convert.FromBase64String(body.GetProperty("extensions").GetProperty("ftv1").GetString()!));

    [Fact]
    public async Task Trace_Has_A_Node_Per_Resolved_Field_With_Path_Types_And_Ordered_Times()
    {
        var (app, client) = await StartAsync();
        await using var _ = app;
        using var __ = client;
        var before = DateTimeOffset.UtcNow;
        var body = await PostAsync(client, "{ topProducts { upc title: name } }");
        var after = DateTimeOffset.UtcNow;
        Assert.Equal("""{"topProducts":[{"upc":"1","title":"Table"},{"upc":"2","title":"Couch"}]}""", body.GetProperty("data").GetRawText());

        var trace = Trace(body);
        Assert.InRange(trace.StartTime, before.AddMilliseconds(-1), after);
        Assert.InRange(trace.EndTime, trace.StartTime, after.AddMilliseconds(1));
        Assert.True(trace.DurationNs > 0);

        var top = trace.Root.Child("topProducts");
        Assert.Equal(("[Product!]!", "Query"), (top.Type, top.ParentType));
        Assert.True(top.EndTime >= top.StartTime && top.EndTime - top.StartTime >= 4_000_000, $"the 5 ms resolver took {top.EndTime - top.StartTime} ns");
        Assert.Equal([0, 1], top.Children.Select(c => c.Index!.Value));
        foreach (var item in top.Children)
        {
            var upc = item.Child("upc");
            Assert.Equal(("String!", "Product", null), (upc.Type, upc.ParentType, upc.OriginalFieldName));
            var title = item.Child("title");
            Assert.Equal(("String", "Product", "name"), (title.Type, title.ParentType, title.OriginalFieldName));
            // A child's resolver starts after its parent's resolver ended; times stay within the trace's duration.
            Assert.True(upc.StartTime >= top.EndTime && upc.EndTime >= upc.StartTime && upc.EndTime <= trace.DurationNs);
        }
    }

    [Fact]
    public async Task Errors_Are_Attached_To_The_Node_Of_Their_Path()
    {
        var (app, client) = await StartAsync();
        await using var _ = app;
        using var __ = client;
        var body = await PostAsync(client, "{ broken topProducts { price } }");
        Assert.Equal(2, body.GetProperty("errors").GetArrayLength());

        var trace = Trace(body);
        var broken = Assert.Single(trace.Root.Child("broken").Errors);
        Assert.Equal("broken on purpose", broken.Message);
        Assert.Equal([1, 3], Assert.Single(broken.Locations));
        Assert.Equal("""["broken"]""", JsonDocument.Parse(broken.Json!).RootElement.GetProperty("path").GetRawText());
        var items = trace.Root.Child("topProducts");
        Assert.Empty(items.Item(0).Child("price").Errors);
        Assert.Equal("no price for 2", Assert.Single(items.Item(1).Child("price").Errors).Message);
        Assert.Empty(trace.Root.Errors);
    }

    [Fact]
    public async Task Request_Errors_Without_A_Path_Go_On_The_Root()
    {
        var (app, client) = await StartAsync();
        await using var _ = app;
        using var __ = client;
        var trace = Trace(await PostAsync(client, "{ nope }"));
        Assert.Contains("nope", Assert.Single(trace.Root.Errors).Message);
        Assert.Empty(trace.Root.Children);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("ftv2")]
    public async Task No_Trace_Without_The_Header_Asking_For_Ftv1(string? header)
    {
        var (app, client) = await StartAsync();
        await using var _ = app;
        using var __ = client;
        var body = await PostAsync(client, "{ topProducts { upc } }", header);
        Assert.False(body.TryGetProperty("extensions", out var _));
    }

    [Fact]
    public async Task Tracing_Can_Be_Turned_Off()
    {
        var (app, client) = await StartAsync(graphql => graphql.ConfigureFederatedTracing(o => o.Enabled = false));
        await using var _ = app;
        using var __ = client;
        var body = await PostAsync(client, "{ topProducts { upc } }");
        Assert.True(body.TryGetProperty("data", out var _));
        Assert.False(body.TryGetProperty("extensions", out var _));
    }
}
