using Federation.GraphQL.Utilities;
using System.Globalization;
using Federation.Cli.Batch;
using Federation.Cli.Json;
using Federation.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Federation.Cli.Commands;

/// <summary>
/// <c>fed serve</c>: serves a schema over HTTP, WebSocket and SSE on 127.0.0.1 with the <c>exec</c> JSON-root resolvers
/// (the embedded sample without --schema). Prints one line, <c>Listening on http://127.0.0.1:PORT</c>, once ready and
/// stops on SIGTERM or Ctrl+C.
/// </summary>
public sealed class ServeCommand : ICommand
{
    public const int DefaultPort = 4000;

    public IReadOnlySet<string> ValueOptions { get; } = new HashSet<string> { "--schema", "--root", "--port", "--event-interval-ms", "--auth-token", "--redis" };
    public IReadOnlySet<string> FlagOptions { get; } = new HashSet<string> { "--metrics", "--trace-resolvers" };

    public async Task<int> RunAsync(CommandArguments arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        if (arguments.Positional.Count > 0) throw new CommandException($"unexpected argument '{arguments.Positional[0]}'.");
        var port = ReadNumber(arguments, "--port", DefaultPort, 0, 65535);
        var interval = TimeSpan.FromMilliseconds(ReadNumber(arguments, "--event-interval-ms", 0, 0, int.MaxValue));

        var source = await SchemaSource.ReadAsync(arguments, console, cancellationToken);
        var root = ExecCommand.Decode("--root", source.RootJson, JsonValues.Parse);
        var entry = CatalogEntry.Build(source.Sdl, schema => JsonRootResolvers.Bind(schema, root, interval));
        if (!entry.IsValid)
        {
            await source.ReportAsync(entry, console);
            return 1;
        }

        var token = arguments.Value("--auth-token");
        if (token is { Length: 0 }) throw new CommandException("--auth-token expects a non-empty token.");
        var redis = arguments.Value("--redis");
        await using var app = CreateApp(entry.Schema!, port, token is null ? null : new ServeAuth(token), redis, ServeTelemetry.From(arguments));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        await console.Out.WriteLineAsync($"Listening on {address}");
        await console.Out.FlushAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }

    /// <summary>The app; with <paramref name="redis"/> (a StackExchange.Redis connection string) its event bus is Redis pub/sub.</summary>
    internal static WebApplication CreateApp(GraphQL.Types.Schema schema, int port, ServeAuth? auth = null, string? redis = null,
        ServeTelemetry? telemetry = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        // Standard output carries only the Listening line; the host's own messages (warnings and worse) go to standard error.
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.WebHost.UseKestrel(o => o.AddServerHeader = false);
        // Long-lived subscriptions (WebSocket, SSE) must not hold a SIGTERM up for the default 30 s.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var graphql = builder.Services.AddGraphQL().UseSchema(schema);
        if (auth is not null) graphql.ModifyOptions(o => o.OnConnect = auth.OnConnect);
        if (redis is not null)
        {
            // Instances on the same Redis share subscriptions; readiness reports Redis. Never fails on Redis being down.
            try
            {
                graphql.AddRedisSubscriptions(redis);
            }
            catch (ArgumentException e)
            {
                throw new CommandException($"--redis expects a StackExchange.Redis connection string (host:port[,option=value...]): {e.Message}");
            }
        }
        telemetry?.AddTo(graphql);

        var app = builder.Build();
        app.Urls.Clear();
        app.Urls.Add(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        app.UseWebSockets();
        if (auth is not null) app.Use(auth.Middleware("/graphql"));
        app.MapGraphQL("/graphql");
        app.MapGraphQLHealth();
        telemetry?.MapTo(app);
        return app;
    }

    internal static int ReadNumber(CommandArguments arguments, string option, int fallback, int min, int max)
    {
        if (arguments.Value(option) is not { } text) return fallback;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new CommandException($"{option} expects a whole number from {min} to {max}, got '{text}'.");
        }
        return value;
    }
}
