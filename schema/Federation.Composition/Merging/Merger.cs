using System.Text;
using Federation.Composition.Parsing;

namespace Federation.Composition.Merging;

/// <summary>
/// Phase 3: merges the validated subgraphs into one supergraph model (composition rules: merging types by kind,
/// @join__type per subgraph and key, implementations and union members per subgraph).
/// </summary>
internal sealed class Merger
{
    private readonly IReadOnlyList<ParsedSubgraph> _subgraphs;
    private readonly Diagnostics _diagnostics;
    private readonly MergedSupergraph _result = new();
    private readonly Dictionary<string, Graph> _graphs = new(StringComparer.Ordinal);

    public Merger(IReadOnlyList<ParsedSubgraph> subgraphs, Diagnostics diagnostics)
    {
        _subgraphs = subgraphs;
        _diagnostics = diagnostics;
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var subgraph in subgraphs)
        {
            var graph = new Graph(subgraph.Name, EnumName(subgraph.Name, used), subgraph.Source.Url);
            _graphs[subgraph.Name] = graph;
            _result.Graphs.Add(graph);
        }
    }

    /// <summary>The join__Graph value of a subgraph name: upper case, other characters as '_', unique.</summary>
    internal static string EnumName(string name, HashSet<string> used)
    {
        var sb = new StringBuilder(name.Length + 1);
        foreach (var c in name) sb.Append(char.IsAsciiLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_');
        if (sb.Length == 0 || char.IsAsciiDigit(sb[0])) sb.Insert(0, '_');
        var candidate = sb.ToString();
        for (var i = 1; !used.Add(candidate); i++) candidate = sb + "_" + i;
        return candidate;
    }

    public MergedSupergraph Merge()
    {
        var relations = new TypeRelations(_subgraphs);
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var subgraph in _subgraphs)
        {
            foreach (var root in subgraph.Roots.Keys) _result.Roots.Add(ParsedSubgraph.RootName(root));
            foreach (var name in subgraph.Types.Keys) if (seen.Add(name)) names.Add(name);
        }
        var fields = new FieldMerger(_diagnostics, relations, _subgraphs);
        foreach (var name in names)
        {
            var sources = new List<(ParsedSubgraph Subgraph, SType Type, Graph Graph)>();
            foreach (var subgraph in _subgraphs)
            {
                if (subgraph.Types.TryGetValue(name, out var type)) sources.Add((subgraph, type, _graphs[subgraph.Name]));
            }
            if (!SameKind(name, sources)) continue;
            var merged = new MType(name, sources[0].Type.Kind);
            ElementMerger.Merge(merged, sources.Select(s => (s.Subgraph.Name, s.Type.Description, s.Type.Marks)).ToList(), _diagnostics, $"Type \"{name}\"");
            foreach (var (subgraph, type, graph) in sources) AddJoinTypes(merged, subgraph, type, graph);
            switch (merged.Kind)
            {
                case TypeKind.Object or TypeKind.Interface:
                    fields.MergeFields(merged, sources);
                    break;
                case TypeKind.Union:
                    MergeUnion(merged, sources);
                    break;
                case TypeKind.InputObject:
                    InputMerger.Merge(merged, sources, _diagnostics);
                    break;
            }
            _result.Types[name] = merged;
        }
        _result.UsesOverrideLabel = fields.UsesOverrideLabel;
        if (!_result.Types.TryGetValue("Query", out var query) || query.Fields.Count == 0)
            _diagnostics.Error(Codes.NoQueries, "No queries found in any subgraph: a supergraph must have a query root type.");
        EnumMerger.MergeAll(_result, _subgraphs, _graphs, _diagnostics);
        return _result;
    }

    private bool SameKind(string name, List<(ParsedSubgraph Subgraph, SType Type, Graph Graph)> sources)
    {
        var kinds = sources.Select(s => s.Type.Kind).Distinct().ToList();
        if (kinds.Count == 1) return true;
        var detail = string.Join(" and ", sources.GroupBy(s => s.Type.Kind).Select(g => $"{Article(g.Key)} in {Subgraphs(g.Select(s => s.Subgraph.Name))}"));
        _diagnostics.Error(Codes.TypeKindMismatch, $"Type \"{name}\" has mismatched kind: it is defined as {detail}", sources[0].Subgraph.Name, sources[0].Type.Node);
        return false;
    }

    private static string Article(TypeKind kind) => kind switch
    {
        TypeKind.Object => "Object Type",
        TypeKind.Interface => "Interface Type",
        TypeKind.Union => "Union Type",
        TypeKind.Enum => "Enum Type",
        TypeKind.InputObject => "Input Object Type",
        _ => "Scalar Type",
    };

    internal static string Subgraphs(IEnumerable<string> names)
    {
        var list = names.Select(n => $"\"{n}\"").ToList();
        return list.Count == 1 ? "subgraph " + list[0] : "subgraphs " + string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }

    private static void AddJoinTypes(MType merged, ParsedSubgraph subgraph, SType type, Graph graph)
    {
        if (type.Keys.Count == 0)
        {
            merged.Joins.Add(new JoinType(graph, null, false, true, type.InterfaceObject));
        }
        else
        {
            foreach (var key in type.Keys) merged.Joins.Add(new JoinType(graph, key.Fields, type.IsExtension, key.Resolvable, type.InterfaceObject));
        }
        foreach (var i in type.Interfaces)
        {
            if (!merged.Interfaces.Contains(i)) merged.Interfaces.Add(i);
            merged.Implements.Add((graph, i));
        }
        _ = subgraph;
    }

    private void MergeUnion(MType merged, List<(ParsedSubgraph Subgraph, SType Type, Graph Graph)> sources)
    {
        foreach (var (_, type, graph) in sources)
        {
            foreach (var member in type.Members)
            {
                if (!merged.Members.Contains(member)) merged.Members.Add(member);
                merged.UnionMembers.Add((graph, member));
            }
        }
        foreach (var member in merged.Members)
        {
            var missing = sources.Where(s => !s.Type.Members.Contains(member)).Select(s => s.Subgraph.Name).ToList();
            if (missing.Count == 0) continue;
            var having = sources.Where(s => s.Type.Members.Contains(member)).Select(s => s.Subgraph.Name);
            _diagnostics.Hint(Codes.InconsistentUnionMember,
                $"Union type \"{merged.Name}\" includes member type \"{member}\" in some but not all defining subgraphs: \"{member}\" is defined in {Subgraphs(having)} but not in {Subgraphs(missing)}.");
        }
    }
}
