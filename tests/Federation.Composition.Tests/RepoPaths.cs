namespace Federation.Composition.Tests;

internal static class RepoPaths
{
    /// <summary>The repository root: the first parent directory with Federation.sln.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Federation.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Federation.sln not found above " + AppContext.BaseDirectory);
    }
}
