using System.Net.Http.Headers;
using System.Text;
using Federation.GraphQL.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Federation.GraphQL.AspNetCore.Tests.Sse;

/// <summary>A real Kestrel server on 127.0.0.1 with a small schema whose subscriptions read the in-memory event bus.</summary>
internal sealed class SseTestServer : IAsyncDisposable
{
    public const string Sdl = """
        type Query { hello(name: String): String! }
        type Mutation { add(a: Int!, b: Int!): Int! }
        type Subscription {
          messageAdded(room: String!): String!
          ticks(count: Int!): Int!
          whoami: String
        }
        """;

    private readonly WebApplication _app;

    private SseTestServer(WebApplication app, Uri address)
    {
        _app = app;
        // A disposed event stream closes its connection at once (by default the handler drains it for up to 2 s).
        var handler = new SocketsHttpHandler { MaxResponseDrainSize = 0, ResponseDrainTimeout = TimeSpan.Zero };
        Client = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        Bus = app.Services.GetRequiredService<InMemoryEventBus>();
    }

    public HttpClient Client { get; }

    public InMemoryEventBus Bus { get; }

    /// <summary>Sources of the <c>ticks</c> subscription, to see that the server disposes them.</summary>
    public List<TickSource> Ticks { get; } = [];

    public static async Task<SseTestServer> StartAsync(Action<GraphQLServerOptions>? configure = null, Action<GraphQLSseOptions>? sse = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        SseTestServer? server = null;
        var graphql = builder.Services.AddGraphQL()
            .AddDocumentFromString(Sdl)
            .AddResolver("Query", "hello", ctx => $"Hello, {ctx.ArgumentValue<string?>("name") ?? "world"}!")
            .AddResolver("Mutation", "add", ctx => ctx.ArgumentValue<int>("a") + ctx.ArgumentValue<int>("b"))
            .AddSubscriber("Subscription", "messageAdded", async ctx =>
            {
                var receiver = ctx.Services.GetRequiredService<ITopicEventReceiver>();
                return await receiver.SubscribeAsync<string>("room:" + ctx.ArgumentValue<string>("room"), ctx.RequestAborted);
            })
            .AddResolver("Subscription", "messageAdded", ctx => ctx.Parent)
            .AddSubscriber("Subscription", "ticks", ctx =>
            {
                var source = new TickSource(ctx.ArgumentValue<int>("count"));
                lock (server!.Ticks) server.Ticks.Add(source);
                return new ValueTask<IAsyncEnumerable<object?>>(source);
            })
            .AddResolver("Subscription", "ticks", ctx => ctx.Parent)
            .AddSubscriber("Subscription", "whoami", ctx => new ValueTask<IAsyncEnumerable<object?>>(
                Once(ctx.ContextData.TryGetValue("user", out var user) ? user : null)))
            .AddResolver("Subscription", "whoami", ctx => ctx.Parent);
        if (configure is not null) graphql.ModifyOptions(configure);
        if (sse is not null) graphql.ModifySseOptions(sse);
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server = new SseTestServer(app, new Uri(address));
        return server;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>Sends <paramref name="request"/> and returns as soon as the headers arrive (the body is the event stream).</summary>
    public Task<HttpResponseMessage> SendStreamingAsync(HttpRequestMessage request)
        => Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

    public static HttpRequestMessage EventStreamPost(string json, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(json) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (token is not null) request.Headers.Add("X-GraphQL-Event-Stream-Token", token);
        return request;
    }

    public static HttpRequestMessage EventStreamGet(string uri, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (token is not null) request.Headers.Add("X-GraphQL-Event-Stream-Token", token);
        return request;
    }

    /// <summary>Polls until <paramref name="condition"/> holds (the server works on other threads).</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Timed out waiting until " + what);
            await Task.Delay(10);
        }
    }

    /// <summary>Stops the application (as SIGTERM would), leaving the client as it is.</summary>
    public Task StopApplicationAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async IAsyncEnumerable<object?> Once(object? value)
    {
        await Task.Yield();
        yield return value;
    }

    /// <summary>A source that yields 1..count, then waits to be cancelled; records its disposal.</summary>
    internal sealed class TickSource(int count) : IAsyncEnumerable<object?>
    {
        private readonly TaskCompletionSource _disposed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Disposed => _disposed.Task;

        public async IAsyncEnumerator<object?> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            try
            {
                for (var i = 1; i <= count; i++)
                {
                    await Task.Yield();
                    yield return i;
                }
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            finally
            {
                _disposed.TrySetResult();
            }
        }
    }
}
