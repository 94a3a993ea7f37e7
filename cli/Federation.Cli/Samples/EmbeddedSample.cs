namespace Federation.Cli.Samples;

/// <summary>The embedded defaults: a small task tracker schema with its data, and the full introspection query.</summary>
public static class EmbeddedSample
{
    public static string Schema => Read("sample.graphql");

    public static string Data => Read("sample.json");

    /// <summary>graphql-js's getIntrospectionQuery with descriptions, specifiedByURL, isRepeatable, schema description, input value deprecation and isOneOf.</summary>
    public static string IntrospectionQuery => Read("introspection-query.graphql");

    private static string Read(string name)
    {
        using var stream = typeof(EmbeddedSample).Assembly.GetManifestResourceStream("Federation.Cli.Samples." + name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
