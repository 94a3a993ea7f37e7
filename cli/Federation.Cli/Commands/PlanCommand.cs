using Federation.Gateway.Planning;
using Federation.Gateway.Planning.Supergraph;
using Federation.GraphQL.Language;

namespace Federation.Cli.Commands;

/// <summary><c>fed plan --supergraph S --query Q [--operation N]</c>: prints the query plan of Q (a file, '-' or the query text).</summary>
public sealed class PlanCommand : ICommand
{
    public IReadOnlySet<string> ValueOptions { get; } = new HashSet<string> { "--supergraph", "--query", "--operation" };
    public IReadOnlySet<string> FlagOptions { get; } = new HashSet<string>();

    public async Task<int> RunAsync(CommandArguments arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        var supergraphPath = arguments.Value("--supergraph") ?? throw new CommandException("--supergraph <file> is required.");
        var queryArgument = arguments.Value("--query") ?? throw new CommandException("--query <file or text> is required.");
        var sdl = await File.ReadAllTextAsync(supergraphPath, cancellationToken);
        var query = queryArgument == "-" ? await console.In.ReadToEndAsync(cancellationToken)
            : File.Exists(queryArgument) ? await File.ReadAllTextAsync(queryArgument, cancellationToken) : queryArgument;
        try
        {
            var planner = new QueryPlanner(SupergraphReader.Read(sdl));
            var plan = planner.PlanUncached(Parser.Parse(query), arguments.Value("--operation"));
            await console.Out.WriteLineAsync(plan.ToString());
            return 0;
        }
        catch (Exception ex) when (ex is SupergraphException or PlanningException or GraphQLSyntaxException)
        {
            await console.Error.WriteLineAsync($"fed plan: {ex.Message}");
            return 1;
        }
    }
}
