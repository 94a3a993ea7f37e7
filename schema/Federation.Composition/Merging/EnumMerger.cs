using Federation.Composition.Parsing;
using Federation.Composition.Validation;

namespace Federation.Composition.Merging;

/// <summary>
/// Enum types (composition rules, "enums"): an enum used only as output takes every value, one used only as input
/// only the values of every subgraph, one used as both must be the same everywhere (ENUM_VALUE_MISMATCH).
/// </summary>
internal static class EnumMerger
{
    public static void MergeAll(MergedSupergraph result, IReadOnlyList<ParsedSubgraph> subgraphs, Dictionary<string, Graph> graphs, Diagnostics diagnostics)
    {
        var input = new HashSet<string>(StringComparer.Ordinal);
        var output = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in result.Types.Values)
        {
            foreach (var field in type.Fields.Values)
            {
                (type.Kind == TypeKind.InputObject ? input : output).Add(FieldSetWalker.NamedType(field.Type));
                foreach (var argument in field.Arguments) input.Add(FieldSetWalker.NamedType(argument.Type));
            }
        }
        foreach (var type in result.Types.Values.Where(t => t.Kind == TypeKind.Enum))
        {
            var sources = subgraphs.Where(s => s.Types.ContainsKey(type.Name)).Select(s => (s.Name, Type: s.Types[type.Name])).ToList();
            var names = new List<string>();
            foreach (var (_, t) in sources) foreach (var v in t.Values.Keys) if (!names.Contains(v)) names.Add(v);
            var isInput = input.Contains(type.Name);
            var isOutput = output.Contains(type.Name) || !isInput;
            var mismatch = false;
            foreach (var name in names)
            {
                var having = sources.Where(s => s.Type.Values.ContainsKey(name)).ToList();
                if (having.Count < sources.Count)
                {
                    var missing = sources.Where(s => !s.Type.Values.ContainsKey(name)).Select(s => s.Name);
                    var defined = $"\"{name}\" is defined in {Merger.Subgraphs(having.Select(h => h.Name))} but not in {Merger.Subgraphs(missing)}";
                    if (isInput && isOutput)
                    {
                        mismatch = true;
                        diagnostics.Error(Codes.EnumValueMismatch, $"Enum type \"{type.Name}\" is used as both input type (for example, as type of an argument) and output type (for example, as type of a field), but value \"{name}\" is not defined in all the subgraphs defining \"{type.Name}\": {defined}", having[0].Name, having[0].Type.Values[name].Node);
                        continue;
                    }
                    if (isInput)
                    {
                        diagnostics.Hint(Codes.InconsistentEnumValueForInputEnum, $"Value \"{name}\" of enum type \"{type.Name}\" will not be part of the supergraph as it is not defined in all the subgraphs defining \"{type.Name}\": {defined}.");
                        continue;
                    }
                    diagnostics.Hint(Codes.InconsistentEnumValueForOutputEnum, $"Value \"{name}\" of enum type \"{type.Name}\" has been added to the supergraph but is only defined in a subset of the subgraphs defining \"{type.Name}\": {defined}.");
                }
                var value = new MField(name, having[0].Type.Values[name].Type);
                ElementMerger.Merge(value, having.Select(h => (h.Name, h.Type.Values[name].Description, h.Type.Values[name].Marks)).ToList(), diagnostics, $"Enum value \"{type.Name}.{name}\"");
                foreach (var (subgraph, _) in having) value.Graphs.Add(graphs[subgraph]);
                type.Values[name] = value;
            }
            if (type.Values.Count == 0 && !mismatch)
                diagnostics.Error(Codes.EmptyMergedEnumType, $"None of the values of enum type \"{type.Name}\" are defined consistently in all the subgraphs defining that type. As only values common to all subgraphs are merged, this would result in an empty type.", sources[0].Name, sources[0].Type.Node);
        }
    }
}
