using System.Runtime.CompilerServices;

namespace Federation.GraphQL.Tests;

/// <summary>
/// Compares text with a file under <c>__snapshots__/</c> beside the calling test file; rewrites the file instead when
/// UPDATE_SNAPSHOTS=1 (or when it does not exist yet, in which case the test fails so that it is reviewed).
/// </summary>
internal static class Snapshot
{
    public static void Match(string actual, string fileName, [CallerFilePath] string callerPath = "")
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(callerPath)!, "__snapshots__", fileName);
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1" || !File.Exists(path))
        {
            var existed = File.Exists(path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            if (!existed) Assert.Fail($"Snapshot {fileName} did not exist; it was written. Review it and run again.");
            return;
        }
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected != actual) Assert.Fail($"Snapshot {fileName} differs:\n{Diff(expected, actual)}");
    }

    public static string Read(string fileName, [CallerFilePath] string callerPath = "")
        => File.ReadAllText(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(callerPath)!, "__snapshots__", fileName));

    /// <summary>The first differing lines with a little context, marked - expected / + actual.</summary>
    public static string Diff(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var first = 0;
        while (first < e.Length && first < a.Length && e[first] == a[first]) first++;
        var sb = new System.Text.StringBuilder();
        for (var i = Math.Max(0, first - 3); i < first; i++) sb.Append("  ").AppendLine(e[i]);
        for (var i = first; i < Math.Min(e.Length, first + 8); i++) sb.Append("- ").AppendLine(e[i]);
        for (var i = first; i < Math.Min(a.Length, first + 8); i++) sb.Append("+ ").AppendLine(a[i]);
        return $"first difference at line {first + 1}\n{sb}";
    }
}
