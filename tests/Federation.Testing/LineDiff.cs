using System.Text;

namespace Federation.Testing;

/// <summary>A unified line diff (longest common subsequence), enough to read a snapshot or JSON mismatch.</summary>
public static class LineDiff
{
    public static string Unified(string expected, string actual, string expectedLabel = "expected", string actualLabel = "actual", int context = 3)
    {
        var a = SplitLines(expected);
        var b = SplitLines(actual);
        var ops = Diff(a, b);
        var sb = new StringBuilder();
        sb.Append("--- ").Append(expectedLabel).Append('\n');
        sb.Append("+++ ").Append(actualLabel).Append('\n');

        var i = 0;
        while (i < ops.Count)
        {
            if (ops[i].Kind == ' ') { i++; continue; }
            // A hunk: from `context` lines before the first change to `context` lines after the last close-by change.
            var start = Math.Max(0, i - context);
            var end = i;
            while (end < ops.Count)
            {
                if (ops[end].Kind != ' ') { end++; continue; }
                var run = end;
                while (run < ops.Count && ops[run].Kind == ' ') run++;
                if (run == ops.Count || run - end > 2 * context) { end = Math.Min(ops.Count, end + context); break; }
                end = run;
            }
            var (aStart, bStart) = (ops[start].ALine, ops[start].BLine);
            int aCount = 0, bCount = 0;
            for (var k = start; k < end; k++)
            {
                if (ops[k].Kind != '+') aCount++;
                if (ops[k].Kind != '-') bCount++;
            }
            sb.Append("@@ -").Append(aStart + 1).Append(',').Append(aCount)
              .Append(" +").Append(bStart + 1).Append(',').Append(bCount).Append(" @@\n");
            for (var k = start; k < end; k++) sb.Append(ops[k].Kind).Append(ops[k].Text).Append('\n');
            i = end;
        }
        return sb.ToString();
    }

    private static string[] SplitLines(string text)
    {
        var t = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (t.EndsWith('\n')) t = t[..^1];
        return t.Length == 0 ? [] : t.Split('\n');
    }

    private readonly record struct Op(char Kind, string Text, int ALine, int BLine);

    private static List<Op> Diff(string[] a, string[] b)
    {
        // Classic LCS table; snapshots are small (a few thousand lines at most).
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var x = a.Length - 1; x >= 0; x--)
        for (var y = b.Length - 1; y >= 0; y--)
            lcs[x, y] = a[x] == b[y] ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);

        var ops = new List<Op>(a.Length + b.Length);
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { ops.Add(new Op(' ', a[i], i, j)); i++; j++; }
            else if (lcs[i + 1, j] >= lcs[i, j + 1]) { ops.Add(new Op('-', a[i], i, j)); i++; }
            else { ops.Add(new Op('+', b[j], i, j)); j++; }
        }
        while (i < a.Length) { ops.Add(new Op('-', a[i], i, j)); i++; }
        while (j < b.Length) { ops.Add(new Op('+', b[j], i, j)); j++; }
        return ops;
    }
}
