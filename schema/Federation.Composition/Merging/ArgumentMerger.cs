using Federation.Composition.Parsing;
using Federation.GraphQL.Language;

namespace Federation.Composition.Merging;

/// <summary>
/// Arguments of a merged field (composition rules, "arguments"): only those every subgraph defines are kept (a required
/// one missing somewhere is an error), types merge to the most restrictive, default values must agree.
/// </summary>
internal static class ArgumentMerger
{
    public static void Merge(MField merged, string coordinate, List<(ParsedSubgraph Subgraph, SField Field, Graph Graph)> sources, Diagnostics diagnostics)
    {
        var names = new List<string>();
        foreach (var (_, field, _) in sources) foreach (var a in field.Arguments) if (!names.Contains(a.Name)) names.Add(a.Name);
        foreach (var name in names)
        {
            var having = sources.Select(s => (s.Subgraph.Name, Arg: s.Field.Arguments.Find(a => a.Name == name))).ToList();
            var present = having.Where(h => h.Arg is not null).Select(h => (h.Name, h.Arg!)).ToList();
            if (present.Count < having.Count)
            {
                var missing = having.Where(h => h.Arg is null).Select(h => h.Name);
                if (present.Any(p => p.Item2.Type is NonNullTypeNode && p.Item2.DefaultValue is null))
                    diagnostics.Error(Codes.RequiredArgumentMissingInSomeSubgraph, $"Argument \"{coordinate}({name}:)\" is required in some subgraphs but does not appear in all subgraphs: it is required in {Merger.Subgraphs(present.Select(p => p.Name))} but does not appear in {Merger.Subgraphs(missing)}", present[0].Name, present[0].Item2.Node);
                else
                    diagnostics.Hint(Codes.InconsistentArgumentPresence, $"Optional argument \"{coordinate}({name}:)\" will not be included in the supergraph as it does not appear in all subgraphs.");
                continue;
            }
            if (InputValueMerger.Merge(name, $"Argument \"{coordinate}({name}:)\"", present, diagnostics, Codes.FieldArgumentTypeMismatch, Codes.FieldArgumentDefaultMismatch) is { } argument)
                merged.Arguments.Add(argument);
        }
    }
}
