using System.Text;

namespace Federation.GraphQL.Utilities;

/// <summary>"Did you mean" hints as graphql-js computes them (suggestionList, didYouMean, orList), so messages read the same.</summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close enough to <paramref name="input"/>, closest first (ties in natural order).</summary>
    public static List<string> List(string input, IEnumerable<string> options)
    {
        var found = new List<(string Option, int Distance)>();
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (!seen.Add(option)) continue;
            var distance = Measure(input, inputLower, option, threshold);
            if (distance >= 0) found.Add((option, distance));
        }
        found.Sort((a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : NaturalCompare(a.Option, b.Option));
        var result = new List<string>(found.Count);
        foreach (var (option, _) in found) result.Add(option);
        return result;
    }

    /// <summary>" Did you mean "a", "b", or "c"?" or the empty string when there is nothing to suggest.</summary>
    /// <remarks><paramref name="subMessage"/> goes before the list, e.g. "the enum value".</remarks>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0) return string.Empty;
        var message = new StringBuilder(" Did you mean ");
        if (subMessage is not null) message.Append(subMessage).Append(' ');
        var count = Math.Min(suggestions.Count, MaxSuggestions);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                message.Append(count == 2 ? " " : ", ");
                if (i == count - 1) message.Append("or ");
            }
            message.Append('"').Append(suggestions[i]).Append('"');
        }
        return message.Append('?').ToString();
    }

    /// <summary>"A", "A or B", "A, B, or C".</summary>
    public static string OrList(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        2 => items[0] + " or " + items[1],
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", or " + items[^1],
    };

    /// <summary>Damerau-Levenshtein distance (optimal string alignment) ignoring case, -1 when above the threshold.</summary>
    private static int Measure(string input, string inputLower, string option, int threshold)
    {
        if (input == option) return 0;
        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower) return 1;
        var a = optionLower;
        var b = inputLower;
        if (a.Length < b.Length) (a, b) = (b, a);
        var aLength = a.Length;
        var bLength = b.Length;
        if (aLength - bLength > threshold) return -1;
        Span<int> rows = bLength < 85 ? stackalloc int[3 * (bLength + 1)] : new int[3 * (bLength + 1)];
        var width = bLength + 1;
        for (var j = 0; j <= bLength; j++) rows[j] = j;
        for (var i = 1; i <= aLength; i++)
        {
            var up = rows.Slice((i - 1) % 3 * width, width);
            var current = rows.Slice(i % 3 * width, width);
            var smallest = current[0] = i;
            for (var j = 1; j <= bLength; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    var doubleDiagonal = rows[(i - 2) % 3 * width + j - 2];
                    cell = Math.Min(cell, doubleDiagonal + 1);
                }
                if (cell < smallest) smallest = cell;
                current[j] = cell;
            }
            if (smallest > threshold) return -1;
        }
        var distance = rows[aLength % 3 * width + bLength];
        return distance <= threshold ? distance : -1;
    }

    /// <summary>Compares strings with runs of digits compared as numbers (graphql-js naturalCompare).</summary>
    public static int NaturalCompare(string a, string b)
    {
        var ai = 0;
        var bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            int ac = a[ai];
            int bc = b[bi];
            if (IsDigit(ac) && IsDigit(bc))
            {
                long aNum = 0;
                do
                {
                    ++ai;
                    aNum = aNum * 10 + ac - '0';
                    ac = ai < a.Length ? a[ai] : -1;
                } while (IsDigit(ac) && aNum > 0);
                long bNum = 0;
                do
                {
                    ++bi;
                    bNum = bNum * 10 + bc - '0';
                    bc = bi < b.Length ? b[bi] : -1;
                } while (IsDigit(bc) && bNum > 0);
                if (aNum < bNum) return -1;
                if (aNum > bNum) return 1;
            }
            else
            {
                if (ac < bc) return -1;
                if (ac > bc) return 1;
                ++ai;
                ++bi;
            }
        }
        return a.Length - b.Length;
    }

    private static bool IsDigit(int c) => c >= '0' && c <= '9';
}
