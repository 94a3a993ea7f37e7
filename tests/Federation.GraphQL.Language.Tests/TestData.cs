using System.Runtime.CompilerServices;

namespace Federation.GraphQL.Language.Tests;

/// <summary>Embedded documents (Data/) and snapshot files (__snapshots__/, read from the source tree).</summary>
internal static class TestData
{
    public static string KitchenSinkQuery => Embedded("kitchen-sink-query.graphql");

    public static string KitchenSinkSchema => Embedded("kitchen-sink-schema.graphql");

    public static string Embedded(string name)
    {
        using var stream = typeof(TestData).Assembly.GetManifestResourceStream("Data/" + name)
            ?? throw new InvalidOperationException($"Missing embedded test document {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static string Snapshot(string name) => File.ReadAllText(Path.Combine(SourceDirectory(), "__snapshots__", name));

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
