using System.Runtime.CompilerServices;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Federation.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>A real Kestrel server on 127.0.0.1 (random port) serving the test schema at /graphql.</summary>
internal sealed class WebSocketTestServer : IAsyncDisposable
{
    public const string Sdl = """
        type Query {
          hello: String
          whoami: String
          slow: String
          big(size: Int!): String
        }
        type Mutation {
          publish(text: String!): Boolean
        }
        type Subscription {
          onMessage: String
          counter(to: Int!): Int
          blob: String
          boom: String
        }
        """;

    private readonly WebApplication _app;

    private WebSocketTestServer(WebApplication app, Uri uri)
    {
        _app = app;
        Uri = uri;
    }

    /// <summary>ws://127.0.0.1:port/graphql</summary>
    public Uri Uri { get; }

    public IServiceProvider Services => _app.Services;

    public InMemoryEventBus Bus => _app.Services.GetRequiredService<InMemoryEventBus>();

    /// <summary>Completed with true when the <c>slow</c> resolver saw its request cancelled.</summary>
    public TaskCompletionSource<bool> SlowResolverCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completed when the <c>slow</c> resolver started.</summary>
    public TaskCompletionSource SlowResolverStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completed when a <c>counter</c> source stream was disposed.</summary>
    public TaskCompletionSource CounterDisposed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<WebSocketTestServer> StartAsync(Action<GraphQLServerOptions>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        WebSocketTestServer? server = null;
        builder.Services.AddGraphQL()
            .AddDocumentFromString(Sdl)
            .AddResolver("Query", "hello", _ => "world")
            .AddResolver("Query", "whoami", ctx =>
            {
                ctx.ContextData.TryGetValue("user", out var user);
                ctx.ContextData.TryGetValue(GraphQLConnectionContext.PayloadKey, out var payload);
                var token = payload is IReadOnlyDictionary<string, object?> p && p.TryGetValue("token", out var t) ? t : null;
                return $"{user}/{token}";
            })
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
            .AddResolver("Query", "big", ctx => new string('x', ctx.ArgumentValue<int>("size")))
            .AddResolver("Mutation", "publish", async ctx =>
            {
                var sender = ctx.Services.GetRequiredService<ITopicEventSender>();
                await sender.SendAsync("messages", ctx.ArgumentValue<string>("text"));
                return (object?)true;
            })
            .AddSubscriber("Subscription", "onMessage", ctx => ctx.SubscribeToTopic<string>("messages"))
            .AddSubscriber("Subscription", "blob", ctx => ctx.SubscribeToTopic<string>("blobs"))
            .AddSubscriber("Subscription", "counter", ctx => ValueTask.FromResult(Count(ctx.ArgumentValue<int>("to"), server!)))
            .AddSubscriber("Subscription", "boom", _ => ValueTask.FromResult(Boom()))
            .ModifyOptions(o =>
            {
                o.KeepAliveInterval = null;
                configure?.Invoke(o);
            });
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        app.UseWebSockets();
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new WebSocketTestServer(app, new Uri(address.Replace("http://", "ws://") + "/graphql"));
        return server;
    }

    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static async IAsyncEnumerable<object?> Count(int to, WebSocketTestServer server, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            for (var i = 1; i <= to; i++)
            {
                await Task.Delay(10, cancellationToken);
                yield return i;
            }
        }
        finally
        {
            server.CounterDisposed.TrySetResult();
        }
    }

    private static async IAsyncEnumerable<object?> Boom()
    {
        await Task.Yield();
        yield return "first";
        throw new InvalidOperationException("The source failed.");
    }
}
