using Federation.GraphQL.Utilities;
using Federation.Cli.Batch;
using Federation.Cli.Json;
using Federation.GraphQL.Execution;

namespace Federation.Cli.Commands;

/// <summary>
/// <c>fed exec</c>: runs one query for people (pretty JSON; the embedded task-tracker sample when no --schema is given),
/// or with <c>--batch</c> the JSON-lines protocol of the differential test.
/// </summary>
public sealed class ExecCommand : ICommand
{
    public IReadOnlySet<string> ValueOptions { get; } = new HashSet<string> { "--schema", "--root", "--variables", "--operation", "--query-file" };
    public IReadOnlySet<string> FlagOptions { get; } = new HashSet<string> { "--batch" };

    public async Task<int> RunAsync(CommandArguments arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        if (arguments.Flag("--batch"))
        {
            await new BatchRunner().RunAsync(console.In, console.Out, cancellationToken);
            return 0;
        }

        var query = arguments.Value("--query-file") is { } queryFile
            ? await SourceFiles.ReadAsync(queryFile, console, cancellationToken)
            : arguments.Positional.Count == 1 ? arguments.Positional[0] : throw new CommandException("expects one query (or --query-file <file>).");

        var source = await SchemaSource.ReadAsync(arguments, console, cancellationToken);
        var entry = CatalogEntry.Build(source.Sdl);
        if (!entry.IsValid)
        {
            await source.ReportAsync(entry, console);
            return 1;
        }
        var rootJson = source.RootJson;

        var request = new ExecutionRequest
        {
            Query = query,
            Variables = Decode("--variables", arguments.Value("--variables"), JsonValues.ParseObject),
            OperationName = arguments.Value("--operation"),
            RootValue = Decode("--root", rootJson, JsonValues.Parse),
            CancellationToken = cancellationToken,
        };
        // The batch executor skips validation (the batch validates first); a human request goes through it.
        var executor = new RequestExecutor(entry.Schema!);
        var result = await executor.ExecuteAsync(request);
        await console.Out.WriteLineAsync(PrettyJson.Format(result.ToJson()));
        return result.HasData ? 0 : 1;
    }

    internal static T? Decode<T>(string option, string? json, Func<string, T> decode)
    {
        if (json is null) return default;
        try
        {
            return decode(json);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new CommandException($"{option}: invalid JSON ({e.Message}).");
        }
    }
}
