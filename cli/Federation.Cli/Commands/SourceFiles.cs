namespace Federation.Cli.Commands;

/// <summary>Reads the files named on the command line ('-' is standard input).</summary>
public static class SourceFiles
{
    public static async Task<string> ReadAsync(string path, CommandConsole console, CancellationToken cancellationToken)
    {
        if (path == "-") return await console.In.ReadToEndAsync(cancellationToken);
        if (!File.Exists(path)) throw new CommandException($"file not found: {path}");
        return await File.ReadAllTextAsync(path, cancellationToken);
    }
}
