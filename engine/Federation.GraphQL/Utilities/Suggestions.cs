namespace Federation.GraphQL.Utilities;

/// <summary>"Did you mean" suggestions as graphql-js computes them (suggestionList, didYouMean, orList).</summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close to <paramref name="input"/> (Damerau-Levenshtein within 40% of its length), closest first.</summary>
    public static IReadOnlyList<string> List(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var found = new List<(string Option, int Distance)>();
        foreach (var option in options)
        {
            if (Distance(input, option, threshold) is { } d) found.Add((option, d));
        }
        found.Sort((a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : NaturalCompare(a.Option, b.Option));
        return found.Select(f => f.Option).ToList();
    }

    /// <summary>" Did you mean "A", "B", or "C"?" (with an optional sub-message such as "the enum value"); empty when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0) return "";
        var message = " Did you mean ";
        if (subMessage is not null) message += subMessage + " ";
        return message + OrList(suggestions.Take(MaxSuggestions).Select(s => $"\"{s}\"").ToList()) + "?";
    }

    /// <summary>"A", "A or B", "A, B, or C".</summary>
    public static string OrList(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        2 => items[0] + " or " + items[1],
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", or " + items[^1],
    };

    private static int? Distance(string input, string option, int threshold)
    {
        if (input == option) return 0;
        var a = option.ToLowerInvariant();
        var b = input.ToLowerInvariant();
        if (a == b) return 1;
        if (a.Length < b.Length) (a, b) = (b, a);
        if (a.Length - b.Length > threshold) return null;
        var rows = new int[3][];
        for (var r = 0; r < 3; r++) rows[r] = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) rows[0][j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }
                if (cell < smallest) smallest = cell;
                current[j] = cell;
            }
            if (smallest > threshold) return null;
        }
        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }

    /// <summary>graphql-js naturalCompare: digit runs compare as numbers.</summary>
    public static int NaturalCompare(string a, string b)
    {
        int ai = 0, bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            if (char.IsAsciiDigit(a[ai]) && char.IsAsciiDigit(b[bi]))
            {
                long an = 0, bn = 0;
                do { an = an * 10 + (a[ai] - '0'); ai++; } while (ai < a.Length && char.IsAsciiDigit(a[ai]) && an > 0);
                do { bn = bn * 10 + (b[bi] - '0'); bi++; } while (bi < b.Length && char.IsAsciiDigit(b[bi]) && bn > 0);
                if (an != bn) return an < bn ? -1 : 1;
            }
            else
            {
                if (a[ai] != b[bi]) return a[ai] < b[bi] ? -1 : 1;
                ai++;
                bi++;
            }
        }
        return a.Length - b.Length;
    }
}
