using Federation.Composition.Parsing;

namespace Federation.Composition.Merging;

/// <summary>What every element merges the same way: descriptions (the most common, with a hint), @deprecated, @inaccessible, @tag, @authenticated.</summary>
internal static class ElementMerger
{
    public static void Merge(MElement merged, IReadOnlyList<(string Subgraph, string? Description, FederationMarks Marks)> sources, Diagnostics diagnostics, string what)
    {
        var descriptions = sources.Where(s => !string.IsNullOrEmpty(s.Description)).GroupBy(s => s.Description!).ToList();
        if (descriptions.Count > 0)
        {
            // Composition rules, "descriptions": the most frequent description wins, the first one on a tie.
            merged.Description = descriptions.OrderByDescending(g => g.Count()).First().Key;
            if (descriptions.Count > 1)
                diagnostics.Hint(Codes.InconsistentDescription, $"{what} has inconsistent descriptions across subgraphs.", descriptions[1].First().Subgraph);
        }
        foreach (var (_, _, marks) in sources)
        {
            merged.Inaccessible |= marks.Inaccessible;
            merged.Authenticated |= marks.Authenticated;
            foreach (var tag in marks.Tags) if (!merged.Tags.Contains(tag)) merged.Tags.Add(tag);
            if (marks.IsDeprecated && !merged.IsDeprecated)
            {
                merged.IsDeprecated = true;
                merged.DeprecationReason = marks.Deprecated;
            }
        }
    }
}
