using System.Text.Json;
using Federation.Composition;
using Federation.Composition.Config;
using Federation.GraphQL;

namespace Federation.Cli.Commands;

/// <summary>
/// <c>fed compose --config supergraph.yaml [--out FILE] [--format text|json]</c> or <c>fed compose NAME=FILE[=URL] ...</c> or <c>--batch</c>:
/// composes the subgraphs into a supergraph; errors as <c>subgraph:line:column: CODE message</c>, exit 1 on any.
/// </summary>
public sealed class ComposeCommand : ICommand
{
    public IReadOnlySet<string> ValueOptions { get; } = new HashSet<string> { "--config", "--out", "--format" };
    public IReadOnlySet<string> FlagOptions { get; } = new HashSet<string> { "--batch", "--api-schema" };

    public async Task<int> RunAsync(CommandArguments arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        if (arguments.Flag("--batch")) return await BatchAsync(console, cancellationToken);
        var format = arguments.Value("--format") ?? "text";
        if (format is not ("text" or "json")) throw new CommandException($"--format must be text or json, not '{format}'.");
        IReadOnlyList<SubgraphSource> sources;
        try
        {
            sources = await LoadAsync(arguments, cancellationToken);
        }
        catch (CompositionInputException e)
        {
            return await ReportAsync(console, format, null, e.Errors, []);
        }
        var result = Composer.Compose(sources);
        var api = arguments.Flag("--api-schema");
        var sdl = api ? result.ApiSchemaSdl : result.SupergraphSdl;
        if (result.Succeeded && arguments.Value("--out") is { } outPath)
        {
            await File.WriteAllTextAsync(outPath, sdl, cancellationToken);
            return await ReportAsync(console, format, null, [], result.Hints, $"{outPath}: {(api ? "API schema" : "supergraph")} of {sources.Count} subgraph(s).");
        }
        return await ReportAsync(console, format, sdl, result.Errors, result.Hints);
    }

    private static async Task<IReadOnlyList<SubgraphSource>> LoadAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        if (arguments.Value("--config") is { } configPath)
        {
            if (arguments.Positional.Count > 0) throw new CommandException("give either --config or NAME=FILE arguments, not both.");
            if (!File.Exists(configPath)) throw new CommandException($"file not found: {configPath}");
            var config = SupergraphConfig.Parse(await File.ReadAllTextAsync(configPath, cancellationToken), Path.GetDirectoryName(Path.GetFullPath(configPath))!);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            return await config.LoadAsync(http, cancellationToken);
        }
        if (arguments.Positional.Count == 0) throw new CommandException("--config <supergraph.yaml> or NAME=FILE[=URL] arguments are required.");
        var sources = new List<SubgraphSource>();
        foreach (var argument in arguments.Positional)
        {
            var parts = argument.Split('=', 3);
            if (parts.Length < 2) throw new CommandException($"expected NAME=FILE[=URL], not '{argument}'.");
            if (!File.Exists(parts[1])) throw new CommandException($"file not found: {parts[1]}");
            sources.Add(new SubgraphSource(parts[0], parts.Length == 3 ? parts[2] : $"http://{parts[0]}/graphql", await File.ReadAllTextAsync(parts[1], cancellationToken)));
        }
        return sources;
    }

    private static async Task<int> ReportAsync(CommandConsole console, string format, string? supergraph, IReadOnlyList<GraphQLError> errors,
        IReadOnlyList<GraphQLError> hints, string? summary = null)
    {
        if (format == "json")
        {
            var json = JsonSerializer.Serialize(new
            {
                supergraphSdl = supergraph,
                errors = errors.Select(Describe),
                hints = hints.Select(Describe),
            });
            await console.Out.WriteLineAsync(json);
            return errors.Count > 0 ? 1 : 0;
        }
        foreach (var error in errors) await console.Out.WriteLineAsync(error.ToDiagnosticString());
        foreach (var hint in hints) await console.Error.WriteLineAsync("hint: " + hint.ToDiagnosticString());
        if (errors.Count > 0)
        {
            await console.Out.WriteLineAsync($"{errors.Count} composition error(s).");
            return 1;
        }
        await console.Out.WriteAsync(summary is null ? supergraph : summary + "\n");
        return 0;
    }

    /// <summary>
    /// <c>fed compose --batch</c>: one JSON line in (<c>{"subgraphs":[{"name","url","sdl"}]}</c>), one JSON line out
    /// (<c>{"supergraphSdl","errors","hints"}</c>), until end of input (the differential test protocol).
    /// </summary>
    private static async Task<int> BatchAsync(CommandConsole console, CancellationToken cancellationToken)
    {
        while (await console.In.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0) continue;
            var sources = new List<SubgraphSource>();
            using (var request = JsonDocument.Parse(line))
            {
                foreach (var s in request.RootElement.GetProperty("subgraphs").EnumerateArray())
                    sources.Add(new SubgraphSource(s.GetProperty("name").GetString()!, s.GetProperty("url").GetString()!, s.GetProperty("sdl").GetString()!));
            }
            var result = Composer.Compose(sources);
            await ReportAsync(console, "json", result.SupergraphSdl, result.Errors, result.Hints);
            await console.Out.FlushAsync(cancellationToken);
        }
        return 0;
    }

    private static object Describe(GraphQLError error) => new
    {
        code = error.Code,
        message = error.Message,
        subgraph = error.Source,
        locations = error.Locations?.Select(l => new { line = l.Line, column = l.Column }),
    };
}
