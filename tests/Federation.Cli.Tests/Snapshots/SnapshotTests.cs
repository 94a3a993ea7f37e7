using Federation.Testing;

namespace Federation.Cli.Tests.Snapshots;

public sealed class SnapshotTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "fed-snapshot-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private string CallerFile => Path.Combine(_dir, "SomeTests.cs");

    [Fact]
    public void PathFor_Puts_Snapshot_In_Snapshots_Folder_Beside_Caller()
    {
        var path = Snapshot.PathFor("Print_Schema", ".graphql", CallerFile);
        Assert.Equal(Path.Combine(_dir, "__snapshots__", "Print_Schema.graphql"), path);
        Assert.Equal(Path.Combine(_dir, "__snapshots__", "X.snap"), Snapshot.PathFor("X", "snap", CallerFile));
    }

    [Fact]
    public void PathFor_Rejects_Names_That_Escape_The_Folder()
    {
        Assert.Throws<ArgumentException>(() => Snapshot.PathFor("../evil", ".snap", CallerFile));
        Assert.Throws<ArgumentException>(() => Snapshot.PathFor("a/b", ".snap", CallerFile));
    }

    [Fact]
    public void Compare_Fails_On_Missing_Snapshot_Without_Update()
    {
        var path = Snapshot.PathFor("missing", ".snap", CallerFile);
        var outcome = Snapshot.Compare("hello", path, update: false);
        Assert.Equal(SnapshotStatus.Missing, outcome.Status);
        Assert.Contains("does not exist", outcome.Failure);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Compare_Writes_Missing_Snapshot_With_Update()
    {
        var path = Snapshot.PathFor("new", ".snap", CallerFile);
        var outcome = Snapshot.Compare("line 1\r\nline 2", path, update: true);
        Assert.Equal(SnapshotStatus.Written, outcome.Status);
        Assert.Equal("line 1\nline 2\n", File.ReadAllText(path));
        Assert.Equal(SnapshotStatus.Matched, Snapshot.Compare("line 1\nline 2", path, update: false).Status);
    }

    [Fact]
    public void Compare_Reports_Unified_Diff_On_Mismatch()
    {
        var path = Snapshot.PathFor("diff", ".snap", CallerFile);
        Snapshot.Compare("a\nb\nc\nd\ne\nf\ng\nh\n", path, update: true);
        var outcome = Snapshot.Compare("a\nb\nc\nd\nE\nf\ng\nh\n", path, update: false);
        Assert.Equal(SnapshotStatus.Mismatch, outcome.Status);
        Assert.Contains("@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n", outcome.Failure);
        // The stored snapshot is left alone.
        Assert.Equal("a\nb\nc\nd\ne\nf\ng\nh\n", File.ReadAllText(path));
    }

    [Fact]
    public void Compare_Rewrites_Mismatching_Snapshot_With_Update()
    {
        var path = Snapshot.PathFor("rewrite", ".json", CallerFile);
        Snapshot.Compare("{}", path, update: true);
        Assert.Equal(SnapshotStatus.Written, Snapshot.Compare("{ \"a\": 1 }", path, update: true).Status);
        Assert.Equal("{ \"a\": 1 }\n", File.ReadAllText(path));
    }

    [Fact]
    public void Compare_Ignores_Line_Ending_Differences()
    {
        var path = Snapshot.PathFor("eol", ".snap", CallerFile);
        Snapshot.Compare("x\ny\n\n\n", path, update: true);
        Assert.Equal(SnapshotStatus.Matched, Snapshot.Compare("x\r\ny", path, update: false).Status);
    }

    [Fact]
    public void Match_Passes_Against_Committed_Snapshot()
        => Snapshot.Match("type Query {\n  hello: String\n}", "Committed_Snapshot", ".graphql");

    [Fact]
    public void LineDiff_Shows_Additions_And_Removals_At_The_Ends()
    {
        var diff = LineDiff.Unified("a\nb", "b\nc");
        Assert.Equal("--- expected\n+++ actual\n@@ -1,2 +1,2 @@\n-a\n b\n+c\n", diff);
    }

    [Fact]
    public void LineDiff_Splits_Distant_Changes_Into_Hunks()
    {
        var lines = Enumerable.Range(0, 20).Select(i => "l" + i).ToArray();
        var changed = (string[])lines.Clone();
        changed[1] = "X";
        changed[18] = "Y";
        var diff = LineDiff.Unified(string.Join('\n', lines), string.Join('\n', changed));
        Assert.Equal(2, diff.Split("@@ -").Length - 1);
    }
}
