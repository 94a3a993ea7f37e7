using Federation.Cli.Batch;
using Federation.Cli.Json;
using Federation.GraphQL;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.Cli.Commands;

/// <summary><c>fed print &lt;file&gt; [--schema]</c>: parse and print a document, or build and print a schema.</summary>
public sealed class PrintCommand : ICommand
{
    public IReadOnlySet<string> ValueOptions { get; } = new HashSet<string>();
    public IReadOnlySet<string> FlagOptions { get; } = new HashSet<string> { "--schema" };

    public async Task<int> RunAsync(CommandArguments arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        if (arguments.Positional.Count != 1) throw new CommandException("expects one file (or '-' for standard input).");
        var path = arguments.Positional[0];
        var text = await SourceFiles.ReadAsync(path, console, cancellationToken);
        try
        {
            var printed = arguments.Flag("--schema") ? SchemaPrinter.Print(SchemaBuilder.FromSdl(text)) : Printer.Print(Parser.Parse(text, ParserOptions.TrustedSource));
            await console.Out.WriteLineAsync(printed);
            return 0;
        }
        catch (GraphQLSyntaxException e)
        {
            await console.Error.WriteLineAsync(ErrorJson.Describe(path, BatchRunner.SyntaxError(e)));
            return 1;
        }
        catch (GraphQLException e)
        {
            foreach (var error in e.Errors) await console.Error.WriteLineAsync(ErrorJson.Describe(path, error));
            return 1;
        }
    }
}
