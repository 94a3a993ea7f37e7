using Federation.Cli.Batch;
using Federation.Cli.Json;
using Federation.Cli.Samples;

namespace Federation.Cli.Commands;

/// <summary>
/// The schema and root value named by <c>--schema</c> and <c>--root</c> (shared by <c>exec</c> and <c>serve</c>):
/// the embedded task-tracker sample and its data without <c>--schema</c>, a null root without <c>--root</c>.
/// </summary>
public sealed record SchemaSource(string Sdl, string RootJson, string? SchemaPath)
{
    public static async Task<SchemaSource> ReadAsync(CommandArguments arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        var schemaPath = arguments.Value("--schema");
        var rootPath = arguments.Value("--root");
        var sdl = schemaPath is null ? EmbeddedSample.Schema : await SourceFiles.ReadAsync(schemaPath, console, cancellationToken);
        var rootJson = rootPath is not null ? await SourceFiles.ReadAsync(rootPath, console, cancellationToken)
            : schemaPath is null ? EmbeddedSample.Data : "null";
        return new SchemaSource(sdl, rootJson, schemaPath);
    }

    /// <summary>Prints the schema's errors with file:line:column, one per line, to standard error.</summary>
    public async Task ReportAsync(CatalogEntry entry, CommandConsole console)
    {
        foreach (var error in entry.Errors) await console.Error.WriteLineAsync(ErrorJson.Describe(SchemaPath ?? "sample.graphql", error));
    }
}
