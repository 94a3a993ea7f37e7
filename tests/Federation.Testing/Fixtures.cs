using System.Runtime.CompilerServices;

namespace Federation.Testing;

/// <summary>
/// Reads test inputs and oracle answers (introspection inputs, graphql-js results) kept in <c>__snapshots__/</c> beside
/// the calling test file. These are fixtures read by tests, not snapshots: snapshots go through Snapshooter.Xunit.
/// </summary>
public static class Fixtures
{
    /// <summary>The text of <c>&lt;dir of caller&gt;/__snapshots__/&lt;fileName&gt;</c>.</summary>
    public static string Read(string fileName, [CallerFilePath] string callerFilePath = "")
        => File.ReadAllText(PathFor(fileName, callerFilePath));

    /// <summary>The path of a fixture beside the calling test file; the name must be a plain file name.</summary>
    public static string PathFor(string fileName, string callerFilePath)
    {
        if (string.IsNullOrWhiteSpace(fileName)) throw new ArgumentException("A fixture needs a file name.", nameof(fileName));
        if (fileName.IndexOfAny(['/', '\\']) >= 0 || fileName.Contains("..", StringComparison.Ordinal))
            throw new ArgumentException($"Fixture name '{fileName}' must be a plain file name.", nameof(fileName));
        var directory = Path.GetDirectoryName(callerFilePath);
        if (string.IsNullOrEmpty(directory)) throw new ArgumentException("The caller's file path is unknown.", nameof(callerFilePath));
        return Path.Combine(directory, "__snapshots__", fileName);
    }
}
