namespace Federation.Cli;

/// <summary>The <c>fed</c> tool: print, validate, introspect and execute GraphQL documents with the Federation engine.</summary>
public static class Program
{
    public static Task<int> Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        Console.InputEncoding = System.Text.Encoding.UTF8;
        return CommandLine.RunAsync(args, new CommandConsole(Console.In, Console.Out, Console.Error));
    }
}
