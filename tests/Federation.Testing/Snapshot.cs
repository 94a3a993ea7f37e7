using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace Federation.Testing;

/// <summary>
/// Readable-text snapshots stored in <c>__snapshots__/&lt;name&gt;.snap</c> beside the calling test file.
/// A mismatch fails with a unified line diff. <c>UPDATE_SNAPSHOTS=1</c> rewrites snapshots (and writes missing ones);
/// otherwise a missing snapshot fails, so a first run in CI never passes silently (and <c>CI=true</c> disables updating).
/// </summary>
public static class Snapshot
{
    public const string UpdateVariable = "UPDATE_SNAPSHOTS";

    /// <summary>Compares <paramref name="actual"/> with the stored snapshot <paramref name="name"/>.</summary>
    public static void Match(string actual, string name, string extension = ".snap", [CallerFilePath] string callerFilePath = "")
    {
        var path = PathFor(name, extension, callerFilePath);
        var outcome = Compare(actual, path, IsUpdateRequested());
        if (outcome.Failure is { } failure) throw new XunitException(failure);
    }

    /// <summary>Reads a stored file (test data or an oracle's answer) from <c>__snapshots__/</c> beside the calling test file.</summary>
    public static string Read(string fileName, [CallerFilePath] string callerFilePath = "")
        => File.ReadAllText(PathFor(fileName, "", callerFilePath));

    /// <summary>The file a snapshot lives in: <c>&lt;dir of caller&gt;/__snapshots__/&lt;name&gt;&lt;extension&gt;</c>.</summary>
    public static string PathFor(string name, string extension, string callerFilePath)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A snapshot needs a name.", nameof(name));
        if (name.IndexOfAny(['/', '\\']) >= 0 || name.Contains("..", StringComparison.Ordinal))
            throw new ArgumentException($"Snapshot name '{name}' must be a plain file name.", nameof(name));
        var directory = System.IO.Path.GetDirectoryName(callerFilePath);
        if (string.IsNullOrEmpty(directory)) throw new ArgumentException("The caller's file path is unknown.", nameof(callerFilePath));
        if (extension.Length > 0 && extension[0] != '.') extension = "." + extension;
        return System.IO.Path.Combine(directory, "__snapshots__", name + extension);
    }

    /// <summary>True when <c>UPDATE_SNAPSHOTS=1</c>, unless <c>CI=true</c>: a CI run never rewrites what it checks.</summary>
    public static bool IsUpdateRequested()
        => IsTruthy(Environment.GetEnvironmentVariable(UpdateVariable)) && !IsTruthy(Environment.GetEnvironmentVariable("CI"));

    private static bool IsTruthy(string? value) => value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));

    /// <summary>The decision for one snapshot, without throwing (the testable core of <see cref="Match"/>).</summary>
    public static SnapshotOutcome Compare(string actual, string path, bool update)
    {
        var normalized = Normalize(actual);
        if (!File.Exists(path))
        {
            if (update)
            {
                Write(path, normalized);
                return new SnapshotOutcome(SnapshotStatus.Written, null);
            }
            return new SnapshotOutcome(SnapshotStatus.Missing,
                $"Snapshot '{path}' does not exist. Run the tests with {UpdateVariable}=1 to create it, review it, and commit it.\n"
                + "Actual:\n" + normalized);
        }

        var expected = Normalize(File.ReadAllText(path));
        if (expected == normalized) return new SnapshotOutcome(SnapshotStatus.Matched, null);
        if (update)
        {
            Write(path, normalized);
            return new SnapshotOutcome(SnapshotStatus.Written, null);
        }
        return new SnapshotOutcome(SnapshotStatus.Mismatch,
            $"Snapshot '{path}' does not match (set {UpdateVariable}=1 to accept the new text).\n"
            + LineDiff.Unified(expected, normalized, "snapshot", "actual"));
    }

    /// <summary>Line endings become \n and the text ends with exactly one newline, so snapshots diff cleanly in git.</summary>
    public static string Normalize(string text)
    {
        var t = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return t.TrimEnd('\n') + "\n";
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}

public enum SnapshotStatus
{
    Matched,
    Written,
    Missing,
    Mismatch,
}

/// <summary>The result of comparing a value with its snapshot; <see cref="Failure"/> is the message to fail with.</summary>
public readonly record struct SnapshotOutcome(SnapshotStatus Status, string? Failure);
