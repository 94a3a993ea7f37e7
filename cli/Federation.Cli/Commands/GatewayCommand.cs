using System.Globalization;
using Federation.Gateway;
using Federation.Gateway.Planning.Supergraph;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Federation.Cli.Commands;

/// <summary>
/// <c>fed gateway --supergraph S [--port P]</c>: serves the federated supergraph S at http://127.0.0.1:P/graphql,
/// reloading S when the file changes. Prints <c>Listening on ...</c> once ready.
/// </summary>
public sealed class GatewayCommand : ICommand
{
    public IReadOnlySet<string> ValueOptions { get; } = new HashSet<string> { "--supergraph", "--port", "--timeout-ms" };
    public IReadOnlySet<string> FlagOptions { get; } = new HashSet<string> { "--no-dedup" };

    public async Task<int> RunAsync(CommandArguments arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        if (arguments.Positional.Count > 0) throw new CommandException($"unexpected argument '{arguments.Positional[0]}'.");
        var supergraph = arguments.Value("--supergraph") ?? throw new CommandException("--supergraph <file> is required.");
        if (!File.Exists(supergraph)) throw new CommandException($"{supergraph}: no such file.");
        var port = ServeCommand.ReadNumber(arguments, "--port", ServeCommand.DefaultPort, 0, 65535);
        var timeout = ServeCommand.ReadNumber(arguments, "--timeout-ms", 30_000, 1, int.MaxValue);
        WebApplication app;
        try
        {
            app = GatewayApplication.Create([], options =>
            {
                options.Supergraph = supergraph;
                options.Execution.SubgraphTimeout = TimeSpan.FromMilliseconds(timeout);
                if (arguments.Flag("--no-dedup")) options.Execution.DeduplicateInflight = false;
            }, builder =>
            {
                builder.Logging.ClearProviders();
                builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
                builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
                builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, port));
            });
        }
        catch (SupergraphException ex)
        {
            await console.Error.WriteLineAsync($"{supergraph}: {ex.Message}");
            return 1;
        }
        await using (app)
        {
            await app.StartAsync(cancellationToken);
            var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
                .Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Listening on {address}"));
            await console.Out.FlushAsync(cancellationToken);
            await app.WaitForShutdownAsync(cancellationToken);
        }
        return 0;
    }
}
