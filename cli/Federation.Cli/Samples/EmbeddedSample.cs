namespace Federation.Cli.Samples;

/// <summary>The embedded defaults: a small task tracker schema with its data.</summary>
public static class EmbeddedSample
{
    public static string Schema => Read("sample.graphql");

    public static string Data => Read("sample.json");

    private static string Read(string name)
    {
        using var stream = typeof(EmbeddedSample).Assembly.GetManifestResourceStream("Federation.Cli.Samples." + name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
