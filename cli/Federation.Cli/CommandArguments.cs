namespace Federation.Cli;

/// <summary>A failure to report to the user as one line (a missing file, bad JSON), exit code 1.</summary>
public sealed class CommandException(string message) : Exception(message);

/// <summary>Parsed arguments: <c>--name value</c> options, <c>--flag</c> flags and positional arguments.</summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public string? Value(string option) => _values.GetValueOrDefault(option);

    public bool Flag(string option) => _flags.Contains(option);

    public static CommandArguments Parse(ReadOnlySpan<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flagOptions)
    {
        var result = new CommandArguments();
        var onlyPositional = false;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (onlyPositional || !arg.StartsWith("--", StringComparison.Ordinal))
            {
                result.Positional.Add(arg);
                continue;
            }
            if (arg == "--")
            {
                onlyPositional = true;
                continue;
            }
            var name = arg;
            string? inline = null;
            var eq = arg.IndexOf('=');
            if (eq > 0)
            {
                name = arg[..eq];
                inline = arg[(eq + 1)..];
            }
            if (valueOptions.Contains(name))
            {
                if (inline is null && i + 1 >= args.Length) throw new ArgumentException($"option {name} needs a value.");
                result._values[name] = inline ?? args[++i];
            }
            else if (flagOptions.Contains(name) && inline is null)
            {
                result._flags.Add(name);
            }
            else
            {
                throw new ArgumentException($"unknown option {arg}.");
            }
        }
        return result;
    }
}
