namespace Federation.Cli.Commands;

/// <summary>A <c>fed</c> command.</summary>
public interface ICommand
{
    IReadOnlySet<string> ValueOptions { get; }
    IReadOnlySet<string> FlagOptions { get; }
    Task<int> RunAsync(CommandArguments arguments, CommandConsole console, CancellationToken cancellationToken);
}
