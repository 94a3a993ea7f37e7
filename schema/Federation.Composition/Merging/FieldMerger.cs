using Federation.Composition.Parsing;
using Federation.Composition.Validation;
using Federation.GraphQL.Language;

namespace Federation.Composition.Merging;

/// <summary>
/// Object and interface fields (composition rules: "@shareable and value types", "field types", "arguments",
/// "@override", "@external"): which subgraphs resolve each field, its merged type, and the @join__field it needs.
/// </summary>
internal sealed class FieldMerger
{
    private readonly Diagnostics _diagnostics;
    private readonly TypeRelations _relations;
    private readonly Dictionary<(string Type, string Field), HashSet<string>> _keyFields = [];

    public FieldMerger(Diagnostics diagnostics, TypeRelations relations, IReadOnlyList<ParsedSubgraph> subgraphs)
    {
        _diagnostics = diagnostics;
        _relations = relations;
        foreach (var subgraph in subgraphs)
        {
            foreach (var type in subgraph.Types.Values)
            {
                foreach (var key in type.Keys)
                {
                    FieldSetWalker.Walk(subgraph, type.Name, key.FieldSet.Selections, (owner, field) => KeyUsers(owner, field.Name).Add(subgraph.Name), (_, _) => { });
                }
            }
        }
    }

    public bool UsesOverrideLabel { get; private set; }

    private HashSet<string> KeyUsers(string type, string field)
    {
        if (!_keyFields.TryGetValue((type, field), out var set)) _keyFields[(type, field)] = set = new(StringComparer.Ordinal);
        return set;
    }

    public void MergeFields(MType merged, List<(ParsedSubgraph Subgraph, SType Type, Graph Graph)> types)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, type, _) in types) foreach (var name in type.Fields.Keys) if (seen.Add(name)) names.Add(name);
        foreach (var name in names)
        {
            var sources = new List<(ParsedSubgraph Subgraph, SField Field, Graph Graph)>();
            foreach (var (subgraph, type, graph) in types)
            {
                if (type.Fields.TryGetValue(name, out var field)) sources.Add((subgraph, field, graph));
            }
            if (MergeField(merged, name, sources, types.Count) is { } mergedField) merged.Fields[name] = mergedField;
        }
    }

    private MField? MergeField(MType parent, string name, List<(ParsedSubgraph Subgraph, SField Field, Graph Graph)> sources, int typeSubgraphs)
    {
        var coordinate = $"{parent.Name}.{name}";
        // @override: the field of the named subgraph is no longer resolved there (a label keeps both, progressively).
        var overridden = new HashSet<string>(StringComparer.Ordinal);
        var labelled = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (subgraph, field, _) in sources)
        {
            if (field.Marks.Override is not { } from) continue;
            if (from == subgraph.Name)
            {
                _diagnostics.Error(Codes.OverrideFromSelfError, $"Source and destination subgraphs \"{from}\" are the same for overridden field \"{coordinate}\"", subgraph.Name, field.Marks.OverrideNode);
                continue;
            }
            if (field.Marks.OverrideLabel is { } label)
            {
                UsesOverrideLabel = true;
                labelled[from] = label;
            }
            else
            {
                overridden.Add(from);
            }
        }
        // A key field marked @external (an entity extension) is still resolved by its subgraph.
        bool External((ParsedSubgraph Subgraph, SField Field, Graph Graph) s) => s.Field.Marks.External && !IsKeyField(parent.Name, name, s.Subgraph);
        var resolving = sources.Where(s => !External(s) && !overridden.Contains(s.Subgraph.Name) && !labelled.ContainsKey(s.Subgraph.Name)).ToList();
        if (resolving.Count == 0)
        {
            if (sources.All(External))
                _diagnostics.Error(Codes.ExternalMissingOnBase, $"Field \"{coordinate}\" is marked @external on all the subgraphs in which it is listed ({Merger.Subgraphs(sources.Select(s => s.Subgraph.Name))}).", sources[0].Subgraph.Name, sources[0].Field.Node);
            resolving = sources;
        }
        // Interface fields are not resolved by the interface: only implementations must be shareable.
        if (parent.Kind == TypeKind.Object) CheckSharing(parent, coordinate, resolving);

        var type = MergeType(coordinate, sources);
        if (type is null) return null;
        var merged = new MField(name, type);
        ElementMerger.Merge(merged, sources.Select(s => (s.Subgraph.Name, s.Field.Description, s.Field.Marks)).ToList(), _diagnostics, $"Field \"{coordinate}\"");
        var argumentSources = sources.Where(s => !External(s)).ToList();
        ArgumentMerger.Merge(merged, coordinate, argumentSources.Count > 0 ? argumentSources : sources, _diagnostics);

        var typesDiffer = sources.Any(s => TypeRelations.Print(s.Field.Type) != TypeRelations.Print(type));
        var needsJoin = sources.Count != typeSubgraphs || typesDiffer || overridden.Count > 0 || sources.Any(s =>
            External(s) || s.Field.Marks.Requires is not null || s.Field.Marks.Provides is not null || s.Field.Marks.Override is not null);
        if (!needsJoin) return merged;
        foreach (var (subgraph, field, graph) in sources)
        {
            var isOverridden = overridden.Contains(subgraph.Name);
            var used = isOverridden && (_keyFields.TryGetValue((parent.Name, name), out var users) && users.Contains(subgraph.Name));
            if (isOverridden && !used) continue;
            merged.Joins.Add(new JoinField(graph)
            {
                Requires = field.Marks.Requires,
                Provides = field.Marks.Provides,
                Type = typesDiffer ? TypeRelations.Print(field.Type) : null,
                External = External((subgraph, field, graph)),
                Override = field.Marks.Override,
                OverrideLabel = field.Marks.OverrideLabel ?? labelled.GetValueOrDefault(subgraph.Name),
                UsedOverridden = used,
            });
        }
        return merged;
    }

    /// <summary>A field resolved by several subgraphs must be shareable in each (@shareable, a key field, or federation 1).</summary>
    private void CheckSharing(MType parent, string coordinate, List<(ParsedSubgraph Subgraph, SField Field, Graph Graph)> resolving)
    {
        if (resolving.Count < 2) return;
        var unshared = resolving.Where(s => !IsShareable(parent.Name, s.Subgraph, s.Field)).Select(s => s.Subgraph.Name).ToList();
        if (unshared.Count == 0) return;
        var detail = unshared.Count == resolving.Count
            ? $"it is resolved from multiple subgraphs: it is resolved from {Merger.Subgraphs(resolving.Select(s => s.Subgraph.Name))} and defined as non-shareable in all of them"
            : $"it is resolved from multiple subgraphs: it is resolved from {Merger.Subgraphs(resolving.Select(s => s.Subgraph.Name))} and defined as non-shareable in {Merger.Subgraphs(unshared)}";
        var first = resolving.First(s => unshared.Contains(s.Subgraph.Name));
        _diagnostics.Error(Codes.InvalidFieldSharing, $"Non-shareable field \"{coordinate}\" is resolved from multiple subgraphs: {detail[(detail.IndexOf(':') + 2)..]}", first.Subgraph.Name, first.Field.Node);
    }

    private bool IsKeyField(string typeName, string field, ParsedSubgraph subgraph)
        => _keyFields.TryGetValue((typeName, field), out var users) && users.Contains(subgraph.Name);

    private bool IsShareable(string typeName, ParsedSubgraph subgraph, SField field)
        => field.Marks.Shareable || !subgraph.Link.IsFederation2
           || (_keyFields.TryGetValue((typeName, field.Name), out var users) && users.Contains(subgraph.Name));

    /// <summary>The merged output type: the one every subgraph's type is a subtype of (FIELD_TYPE_MISMATCH when none is).</summary>
    private ITypeNode? MergeType(string coordinate, List<(ParsedSubgraph Subgraph, SField Field, Graph Graph)> sources)
    {
        foreach (var candidate in sources)
        {
            if (sources.All(s => _relations.IsSubtype(s.Field.Type, candidate.Field.Type)))
            {
                if (sources.Any(s => TypeRelations.Print(s.Field.Type) != TypeRelations.Print(candidate.Field.Type)))
                    _diagnostics.Hint(Codes.InconsistentButCompatibleFieldType, $"Type of field \"{coordinate}\" is inconsistent but compatible across subgraphs.");
                return candidate.Field.Type;
            }
        }
        var detail = string.Join(" and ", sources.GroupBy(s => TypeRelations.Print(s.Field.Type)).Select(g => $"type \"{g.Key}\" in {Merger.Subgraphs(g.Select(s => s.Subgraph.Name))}"));
        _diagnostics.Error(Codes.FieldTypeMismatch, $"Type of field \"{coordinate}\" is incompatible across subgraphs: it has {detail}", sources[0].Subgraph.Name, sources[0].Field.Node);
        return null;
    }
}
