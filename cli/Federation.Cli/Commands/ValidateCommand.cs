using Federation.Cli.Batch;
using Federation.Cli.Json;
using Federation.GraphQL;
using Federation.GraphQL.Language;
using Federation.GraphQL.Validation;

namespace Federation.Cli.Commands;

/// <summary><c>fed validate --schema S.graphql [query.graphql]</c>: schema errors, then document errors; exit 1 on any.</summary>
public sealed class ValidateCommand : ICommand
{
    public IReadOnlySet<string> ValueOptions { get; } = new HashSet<string> { "--schema" };
    public IReadOnlySet<string> FlagOptions { get; } = new HashSet<string>();

    public async Task<int> RunAsync(CommandArguments arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        var schemaPath = arguments.Value("--schema") ?? throw new CommandException("--schema <file> is required.");
        if (arguments.Positional.Count > 1) throw new CommandException("expects at most one document.");
        var entry = CatalogEntry.Build(await SourceFiles.ReadAsync(schemaPath, console, cancellationToken));
        foreach (var error in entry.Errors) await console.Out.WriteLineAsync(ErrorJson.Describe(schemaPath, error));
        if (!entry.IsValid)
        {
            await console.Out.WriteLineAsync($"{entry.Errors.Count} schema error(s).");
            return 1;
        }
        if (arguments.Positional.Count == 0)
        {
            await console.Out.WriteLineAsync($"{schemaPath}: valid schema.");
            return 0;
        }

        var queryPath = arguments.Positional[0];
        IReadOnlyList<GraphQLError> errors;
        try
        {
            errors = DocumentValidator.Validate(entry.Schema!, Parser.Parse(await SourceFiles.ReadAsync(queryPath, console, cancellationToken)));
        }
        catch (GraphQLSyntaxException e)
        {
            errors = [BatchRunner.SyntaxError(e)];
        }
        foreach (var error in errors) await console.Out.WriteLineAsync(ErrorJson.Describe(queryPath, error));
        await console.Out.WriteLineAsync(errors.Count == 0 ? $"{queryPath}: valid document." : $"{errors.Count} document error(s).");
        return errors.Count == 0 ? 0 : 1;
    }
}
