using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Federation.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;

namespace Federation.GraphQL.OpenTelemetry.Tests;

/// <summary>A real Kestrel server on 127.0.0.1 (free port) with AddOpenTelemetry(), exporting spans to memory.</summary>
public sealed class TelemetryTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Uri _address;

    private TelemetryTestServer(WebApplication app, Uri address, List<Activity> spans)
    {
        _app = app;
        Spans = spans;
        _address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Client { get; }

    public List<Activity> Spans { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<TelemetryTestServer> StartAsync(Action<GraphQLOpenTelemetryOptions>? configure = null,
        Action<IServiceCollection>? services = null, Func<Execution.IResolverContext, object?>? extra = null)
    {
        var spans = new List<Activity>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        services?.Invoke(builder.Services);
        builder.Services.AddGraphQL()
            .AddDocumentFromString(TestSchema.Sdl + "extend type Query { extra: String }")
            .AddResolver("Query", "hello", ctx => $"Hello, {ctx.ArgumentValue<string>("name")}!")
            .AddResolver("Query", "extra", ctx => extra?.Invoke(ctx))
            .AddOpenTelemetry(o =>
            {
                configure?.Invoke(o);
                var more = o.ConfigureTracing;
                o.ConfigureTracing = tracing =>
                {
                    tracing.AddInMemoryExporter(spans);
                    more?.Invoke(tracing);
                };
            });
        var app = builder.Build();
        app.MapGraphQL("/graphql");
        if (app.Services.GetRequiredService<GraphQLOpenTelemetryOptions>().Prometheus) app.MapGraphQLMetrics();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new TelemetryTestServer(app, new Uri(address), spans);
    }

    public async Task<string> PostAsync(string query)
    {
        using var response = await Client.PostAsync("/graphql",
            new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"));
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>
    /// POSTs with a <c>traceparent</c> header over a plain socket (HTTP/1.0: an unchunked body): HttpClient would replace the header with its own
    /// (the server's HttpClient instrumentation listens in this process too).
    /// </summary>
    public async Task<string> PostWithTraceparentAsync(string query, string traceparent)
    {
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query }));
        using var socket = new TcpClient();
        await socket.ConnectAsync(_address.Host, _address.Port);
        await using var stream = socket.GetStream();
        var head = $"POST /graphql HTTP/1.0\r\nHost: {_address.Authority}\r\nContent-Type: application/json\r\n" +
                   $"Content-Length: {body.Length}\r\ntraceparent: {traceparent}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(body);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        Assert.StartsWith("HTTP/1.1 200", response, StringComparison.Ordinal);
        return response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
    }

    /// <summary>Spans are exported when they end, which can be just after the response: waits for one named <paramref name="name"/>.</summary>
    public async Task<Activity> WaitForSpanAsync(Func<Activity, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            Activity[] exported;
            try
            {
                exported = [.. Spans];
            }
            catch (ArgumentException)
            {
                continue; // the exporter was adding a span
            }
            if (exported.FirstOrDefault(match) is { } found) return found;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The span was not exported.");
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
