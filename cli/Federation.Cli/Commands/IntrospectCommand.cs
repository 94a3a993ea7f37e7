using System.Text.Json;
using Federation.Cli.Batch;
using Federation.Cli.Json;
using Federation.Cli.Samples;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Introspection;

namespace Federation.Cli.Commands;

/// <summary><c>fed introspect [--schema S.graphql]</c>: the introspection result's data, like graphql-js's introspectionFromSchema.</summary>
public sealed class IntrospectCommand : ICommand
{
    public IReadOnlySet<string> ValueOptions { get; } = new HashSet<string> { "--schema" };
    public IReadOnlySet<string> FlagOptions { get; } = new HashSet<string>();

    public async Task<int> RunAsync(CommandArguments arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        var schemaPath = arguments.Value("--schema");
        var sdl = schemaPath is null ? EmbeddedSample.Schema : await SourceFiles.ReadAsync(schemaPath, console, cancellationToken);
        var entry = CatalogEntry.Build(sdl);
        if (!entry.IsValid)
        {
            foreach (var error in entry.Errors) await console.Error.WriteLineAsync(ErrorJson.Describe(schemaPath ?? "sample.graphql", error));
            return 1;
        }
        var result = await entry.Executor!.ExecuteAsync(new ExecutionRequest(IntrospectionQuery.Text) { CancellationToken = cancellationToken });
        using var document = JsonDocument.Parse(result.ToJson());
        if (result.Errors is { Count: > 0 } || !document.RootElement.TryGetProperty("data", out var data))
        {
            await console.Error.WriteLineAsync(PrettyJson.Format(result.ToJson()));
            return 1;
        }
        await console.Out.WriteLineAsync(PrettyJson.Format(data.GetRawText()));
        return 0;
    }
}
