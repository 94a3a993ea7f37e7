using System.Threading.Channels;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Federation.GraphQL.AspNetCore.Tests.Executors;

/// <summary>
/// A real server whose executor a test swaps: every schema version has <c>version</c>, a <c>slow</c> field that waits
/// for the test's release, and a <c>ticks</c> subscription fed by the test; version 2 adds <c>added</c>.
/// </summary>
internal sealed class SwapTestApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SwapTestApp(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Address { get; }

    public Uri WebSocketUri => new(Address.ToString().Replace("http://", "ws://") + "graphql");

    public HttpClient Client { get; }

    public GraphQLServer Server => _app.Services.GetRequiredService<GraphQLServer>();

    public static async Task<SwapTestApp> StartAsync(SchemaVersion first)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddGraphQL().UseRequestExecutor(_ => first.Executor);
        var app = builder.Build();
        app.UseWebSockets();
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new SwapTestApp(app, new Uri(address + "/"));
    }

    public async Task<string> PostAsync(string query)
    {
        using var response = await Client.PostAsync("/graphql", Http.HttpTestServer.Json(Http.HttpTestServer.Request(query)));
        return await response.Content.ReadAsStringAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}

/// <summary>One schema version with its executor and the hooks its resolvers wait on.</summary>
internal sealed class SchemaVersion
{
    public SchemaVersion(int version)
    {
        var sdl = "type Query { version: Int slow: String" + (version > 1 ? " added: String" : "") + " } type Subscription { ticks: String }";
        var builder = new SchemaBuilder().AddDocument(sdl)
            .AddResolver("Query", "version", _ => version)
            .AddResolver("Query", "slow", async ctx =>
            {
                SlowStarted.TrySetResult();
                await Release.Task.WaitAsync(ctx.RequestAborted);
                return (object?)$"slow from v{version}";
            })
            .AddResolver("Subscription", "ticks", ctx => $"tick {ctx.Parent} from v{version}")
            .AddSubscriber("Subscription", "ticks", _ => Ticks.Reader.ReadAllAsync());
        if (version > 1) builder.AddResolver("Query", "added", _ => "new field");
        Executor = new RequestExecutor(builder.Build());
    }

    public RequestExecutor Executor { get; }

    public TaskCompletionSource SlowStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Channel<object?> Ticks { get; } = Channel.CreateUnbounded<object?>();
}
