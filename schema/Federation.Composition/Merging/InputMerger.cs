using Federation.Composition.Parsing;
using Federation.GraphQL.Language;

namespace Federation.Composition.Merging;

/// <summary>Input object types (composition rules, "input types"): only the fields every subgraph defines are kept.</summary>
internal static class InputMerger
{
    public static void Merge(MType merged, List<(ParsedSubgraph Subgraph, SType Type, Graph Graph)> sources, Diagnostics diagnostics)
    {
        var names = new List<string>();
        foreach (var (_, type, _) in sources) foreach (var name in type.Fields.Keys) if (!names.Contains(name)) names.Add(name);
        foreach (var name in names)
        {
            var present = sources.Where(s => s.Type.Fields.ContainsKey(name)).Select(s => (s.Subgraph.Name, s.Type.Fields[name])).ToList();
            var coordinate = $"{merged.Name}.{name}";
            if (present.Count < sources.Count)
            {
                var missing = sources.Where(s => !s.Type.Fields.ContainsKey(name)).Select(s => s.Subgraph.Name);
                if (present.Any(p => p.Item2.Type is NonNullTypeNode && p.Item2.DefaultValue is null))
                    diagnostics.Error(Codes.RequiredInputFieldMissingInSomeSubgraph, $"Input object field \"{coordinate}\" is required in some subgraphs but does not appear in all subgraphs: it is required in {Merger.Subgraphs(present.Select(p => p.Name))} but does not appear in {Merger.Subgraphs(missing)}", present[0].Name, present[0].Item2.Node);
                else
                    diagnostics.Hint(Codes.InconsistentInputObjectField, $"Input object field \"{name}\" will not be added to \"{merged.Name}\" in the supergraph as it does not appear in all subgraphs: it is defined in {Merger.Subgraphs(present.Select(p => p.Name))} but not in {Merger.Subgraphs(missing)}.");
                continue;
            }
            if (InputValueMerger.Merge(name, $"Input object field \"{coordinate}\"", present, diagnostics, Codes.FieldTypeMismatch, Codes.InputFieldDefaultMismatch) is not { } field) continue;
            // Types that differ between subgraphs are recorded per graph (@join__field(type:)).
            if (present.Any(p => TypeRelations.Print(p.Item2.Type) != TypeRelations.Print(field.Type)))
            {
                foreach (var (subgraph, value) in present)
                    field.Joins.Add(new JoinField(sources.First(s => s.Subgraph.Name == subgraph).Graph) { Type = TypeRelations.Print(value.Type) });
            }
            merged.Fields[name] = field;
        }
        if (merged.Fields.Count == 0)
            diagnostics.Error(Codes.EmptyMergedInputType, $"None of the fields of input object type \"{merged.Name}\" are consistently defined in all the subgraphs defining that type. As only fields common to all subgraph are merged, this would result in an empty type.", sources[0].Subgraph.Name, sources[0].Type.Node);
    }
}
