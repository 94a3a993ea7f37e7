using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Federation.GraphQL.AspNetCore.Tests.Http;

/// <summary>A real Kestrel server on 127.0.0.1 (free port) serving a small schema at /graphql, with an HttpClient.</summary>
public sealed class HttpTestServer : IAsyncDisposable
{
    public const string Sdl = """
        type Query {
          hello(name: String = "world"): String
          items(count: Int!): [Item!]!
          fail: String
          failNonNull: String!
          slow: String
          userAgent: String
        }
        type Item { id: ID! name: String }
        type Mutation { setGreeting(greeting: String!): String }
        """;

    private readonly WebApplication _app;

    private HttpTestServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    /// <summary>Completed with true when the <c>slow</c> resolver saw its request aborted.</summary>
    public TaskCompletionSource<bool> SlowResolverCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completed when the <c>slow</c> resolver started.</summary>
    public TaskCompletionSource SlowResolverStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<HttpTestServer> StartAsync(Action<GraphQLServerOptions>? configure = null)
    {
        HttpTestServer? server = null;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddGraphQL()
            .AddDocumentFromString(Sdl)
            .AddResolver("Query", "hello", ctx => $"Hello, {ctx.ArgumentValue<string>("name")}!")
            .AddResolver("Query", "items", ctx =>
            {
                var count = ctx.ArgumentValue<int>("count");
                var items = new List<object?>(count);
                for (var i = 0; i < count; i++) items.Add(new Dictionary<string, object?> { ["id"] = i.ToString(), ["name"] = $"item {i}" });
                return items;
            })
            .AddResolver("Query", "fail", Boom)
            .AddResolver("Query", "failNonNull", Boom)
            .AddResolver("Query", "slow", async ctx =>
            {
                server!.SlowResolverStarted.TrySetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, ctx.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    server.SlowResolverCancelled.TrySetResult(true);
                    throw;
                }
                return "never";
            })
            .AddResolver("Query", "userAgent", ctx => ctx.GetHttpContext()?.Request.Headers.UserAgent.ToString())
            .AddResolver("Mutation", "setGreeting", ctx => ctx.ArgumentValue<string>("greeting"))
            .ModifyOptions(o => configure?.Invoke(o));
        var app = builder.Build();
        app.UseWebSockets();
        app.MapGraphQL("/graphql");
        app.MapGraphQLHealth();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server = new HttpTestServer(app, new Uri(address));
        return server;
    }

    private static object? Boom(Execution.IResolverContext context) => throw new GraphQLException("boom");

    public static StringContent Json(string body, string contentType = "application/json")
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    public static string Request(string query, object? variables = null, string? operationName = null)
        => JsonSerializer.Serialize(new { query, variables, operationName });

    /// <summary>POSTs a body to /graphql with the given Accept header (none when null).</summary>
    public Task<HttpResponseMessage> PostAsync(string body, string? accept = "application/graphql-response+json", string contentType = "application/json")
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(body, contentType) };
        if (accept is not null) message.Headers.TryAddWithoutValidation("Accept", accept);
        return Client.SendAsync(message);
    }

    public Task<HttpResponseMessage> GetAsync(string queryString, string? accept = "application/graphql-response+json")
    {
        var message = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        if (accept is not null) message.Headers.TryAddWithoutValidation("Accept", accept);
        return Client.SendAsync(message);
    }

    /// <summary>A plain query must still be answered (after hostile input).</summary>
    public async Task AssertStillAnswersAsync()
    {
        using var response = await PostAsync(Request("{ hello }"));
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
