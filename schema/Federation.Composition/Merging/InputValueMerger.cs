using Federation.Composition.Parsing;
using Federation.GraphQL.Language;

namespace Federation.Composition.Merging;

/// <summary>An argument or input field defined in several subgraphs: the most restrictive type, the one default value.</summary>
internal static class InputValueMerger
{
    public static MField? Merge(string name, string what, List<(string Subgraph, SField Value)> sources, Diagnostics diagnostics, string typeCode, string defaultCode)
    {
        ITypeNode? type = null;
        foreach (var (_, value) in sources)
        {
            if (!TypeRelations.SameShapeIgnoringNullability(value.Type, sources[0].Value.Type))
            {
                var detail = string.Join(" and ", sources.GroupBy(s => TypeRelations.Print(s.Value.Type)).Select(g => $"type \"{g.Key}\" in {Merger.Subgraphs(g.Select(s => s.Subgraph))}"));
                diagnostics.Error(typeCode, $"Type of {what[0..1].ToLowerInvariant()}{what[1..]} is incompatible across subgraphs: it has {detail}", sources[0].Subgraph, sources[0].Value.Node);
                return null;
            }
            // Input positions take the most restrictive type: non-null where any subgraph says non-null.
            if (type is null || (value.Type is NonNullTypeNode && type is not NonNullTypeNode)) type = value.Type;
        }
        // Default values: two different values are an error; a value absent in some subgraphs is dropped (with a hint).
        var defaults = sources.Where(s => s.Value.DefaultValue is not null).Select(s => Printer.Print((SyntaxNode)s.Value.DefaultValue!)).Distinct().ToList();
        if (defaults.Count > 1)
        {
            var detail = string.Join(" and ", sources.GroupBy(s => s.Value.DefaultValue is null ? null : Printer.Print((SyntaxNode)s.Value.DefaultValue))
                .Select(g => (g.Key is null ? "no default value" : $"default value {g.Key}") + " in " + Merger.Subgraphs(g.Select(s => s.Subgraph))));
            diagnostics.Error(defaultCode, $"{what} has incompatible default values across subgraphs: it has {detail}", sources[0].Subgraph, sources[0].Value.Node);
            return null;
        }
        var everywhere = sources.All(s => s.Value.DefaultValue is not null);
        if (defaults.Count == 1 && !everywhere)
            diagnostics.Hint(Codes.InconsistentDefaultValuePresence, $"{what} has a default value in only some subgraphs: the supergraph has none.");
        var merged = new MField(name, type!) { DefaultValue = everywhere ? sources[0].Value.DefaultValue : null };
        ElementMerger.Merge(merged, sources.Select(s => (s.Subgraph, s.Value.Description, s.Value.Marks)).ToList(), diagnostics, what);
        return merged;
    }
}
