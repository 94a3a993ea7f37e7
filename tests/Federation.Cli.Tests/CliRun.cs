namespace Federation.Cli.Tests;

/// <summary>Runs the fed command line in-process with string standard streams.</summary>
internal static class CliRun
{
    public static async Task<(int Exit, string Out, string Error)> RunAsync(string stdin, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = await CommandLine.RunAsync(args, new CommandConsole(new StringReader(stdin), output, error));
        return (exit, output.ToString(), error.ToString());
    }

    public static string TempFile(string content, string extension = ".graphql")
    {
        var path = Path.Combine(Path.GetTempPath(), "fed-cli-tests-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllText(path, content);
        return path;
    }
}
