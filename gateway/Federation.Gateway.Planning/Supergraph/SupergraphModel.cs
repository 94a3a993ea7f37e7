using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.Gateway.Planning.Supergraph;

/// <summary>A supergraph: its subgraphs, its types with their join information, and its API schema.</summary>
public sealed class SupergraphModel
{
    private readonly Dictionary<OperationType, string> _roots;

    internal SupergraphModel(Dictionary<string, SubgraphInfo> graphs, Dictionary<string, SupergraphType> types, Schema apiSchema,
        Dictionary<OperationType, string> roots)
    {
        Graphs = graphs;
        Types = types;
        ApiSchema = apiSchema;
        _roots = roots;
        GraphOrder = graphs.Keys.ToList();
    }

    public IReadOnlyDictionary<string, SubgraphInfo> Graphs { get; }
    public IReadOnlyList<string> GraphOrder { get; }
    public IReadOnlyDictionary<string, SupergraphType> Types { get; }
    public Schema ApiSchema { get; }

    /// <summary>The supergraph document it was read from (an executor builds its own API schema from it, with its bindings).</summary>
    public required DocumentNode Document { get; init; }

    /// <summary>Progressive @override labels that are on (Federation v2.7); any other label is off.</summary>
    public ISet<string> EnabledOverrideLabels { get; } = new HashSet<string>(StringComparer.Ordinal);

    public string RootTypeName(OperationType operation) => _roots[operation];

    public SupergraphType? GetType(string name) => Types.GetValueOrDefault(name);

    public SupergraphField? GetField(string typeName, string fieldName)
        => Types.TryGetValue(typeName, out var t) ? t.Fields.GetValueOrDefault(fieldName) : null;

    /// <summary>Whether <paramref name="graph"/> resolves typeName.fieldName itself (not external, not overridden away).</summary>
    public bool CanResolve(string graph, string typeName, string fieldName)
    {
        if (!Types.TryGetValue(typeName, out var type) || !type.Graphs.ContainsKey(graph)) return false;
        if (!type.Fields.TryGetValue(fieldName, out var field)) return false;
        if (field.Joins.Count == 0) return !field.HasBareJoin;
        foreach (var join in field.Joins)
        {
            if (join.Graph != graph) continue;
            // An external key field comes with every reference the subgraph returns (Federation v2 @key, @external).
            if (join.External) return IsKeyField(type, graph, fieldName);
            if (join.UsedOverridden) return false;
            return IsActive(join);
        }
        return false;
    }

    private static bool IsKeyField(SupergraphType type, string graph, string fieldName)
    {
        if (!type.Graphs.TryGetValue(graph, out var inGraph)) return false;
        foreach (var key in inGraph.Keys)
        {
            foreach (var selection in key.Fields.Selections)
            {
                if (selection is FieldNode { SelectionSet: null } f && f.Name.Value == fieldName) return true;
            }
        }
        return false;
    }

    public FieldInGraph? GetJoin(string graph, SupergraphField field)
    {
        foreach (var join in field.Joins)
        {
            if (join.Graph == graph && IsActive(join)) return join;
        }
        return null;
    }

    /// <summary>Federation v2.7 progressive override: the overriding side is active when its label is on, the overridden side when it is off.</summary>
    private bool IsActive(FieldInGraph join)
    {
        if (join.OverrideLabel is not { } label) return true;
        var on = IsLabelEnabled(label);
        return join.OverrideFrom is not null ? on : !on;
    }

    private bool IsLabelEnabled(string label)
    {
        if (EnabledOverrideLabels.Contains(label)) return true;
        if (label.StartsWith("percent(", StringComparison.Ordinal) && label.EndsWith(')')
            && double.TryParse(label.AsSpan(8, label.Length - 9), System.Globalization.CultureInfo.InvariantCulture, out var percent))
        {
            return percent >= 100 || (percent > 0 && Random.Shared.NextDouble() * 100 < percent);
        }
        return false;
    }

    /// <summary>The object types a subgraph may return for an abstract type (@join__implements / @join__unionMember in that graph).</summary>
    public IEnumerable<string> PossibleTypesInGraph(string abstractType, string graph)
    {
        var type = Types[abstractType];
        if (type.Kind == TypeKind.Union)
        {
            if (type.UnionMembers.Count == 0)
            {
                foreach (var m in type.AllUnionMembers) if (Types[m].Graphs.ContainsKey(graph)) yield return m;
                yield break;
            }
            if (type.UnionMembers.TryGetValue(graph, out var members))
            {
                foreach (var m in type.AllUnionMembers) if (members.Contains(m)) yield return m;
            }
            yield break;
        }
        foreach (var candidate in Types.Values)
        {
            if (candidate.Kind != TypeKind.Object || !candidate.Graphs.ContainsKey(graph)) continue;
            var implements = candidate.Implements.Count == 0
                ? candidate.AllInterfaces.Contains(abstractType)
                : candidate.Implements.TryGetValue(graph, out var set) && set.Contains(abstractType);
            if (implements) yield return candidate.Name;
        }
    }

    /// <summary>Whether objectType is a possible type of abstractType in the supergraph.</summary>
    public bool IsPossibleType(string abstractType, string objectType)
    {
        if (abstractType == objectType) return true;
        if (!Types.TryGetValue(abstractType, out var a) || !Types.TryGetValue(objectType, out var o)) return false;
        return a.Kind == TypeKind.Union ? a.AllUnionMembers.Contains(objectType) : o.AllInterfaces.Contains(abstractType);
    }

    public bool IsInterfaceObjectIn(string typeName, string graph)
        => Types.TryGetValue(typeName, out var t) && t.Graphs.TryGetValue(graph, out var g) && g.IsInterfaceObject;
}
