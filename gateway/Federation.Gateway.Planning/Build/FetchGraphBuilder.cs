using Federation.GraphQL.Language;
using Federation.Gateway.Planning.Supergraph;

namespace Federation.Gateway.Planning.Build;

/// <summary>
/// Builds the fetch graph of a normalized operation: every field goes to a subgraph that resolves it, staying in the
/// current subgraph when it can, else jumping to another through an entity @key (with @requires fields carried in the
/// representations), as Federation v2's query planning does.
/// </summary>
internal sealed partial class FetchGraphBuilder(SupergraphModel model)
{
    private readonly List<FetchGroup> _groups = [];
    private readonly List<List<FetchGroup>> _touchStack = [];
    private readonly HashSet<string> _jumping = new(StringComparer.Ordinal);

    /// <summary>(group, Type.field) pairs whose @requires fields the group's representations carry.</summary>
    private readonly HashSet<(int, string)> _satisfied = [];

    public IReadOnlyList<FetchGroup> Groups => _groups;
    public List<FetchGroup> Roots { get; } = [];

    public void Build(OperationDefinitionNode operation)
    {
        var rootType = model.RootTypeName(operation.Operation);
        var fields = new List<(FieldNode Field, IReadOnlyList<DirectiveNode> Conditions)>();
        CollectRootFields(operation.SelectionSet, [], fields);
        FetchGroup? current = null;
        foreach (var (field, conditions) in fields)
        {
            if (field.Name.Value is "__typename" or "__schema" or "__type") continue;
            var graph = ChooseRootGraph(rootType, field, operation.Operation == OperationType.Mutation ? current?.Graph : null);
            FetchGroup group;
            if (operation.Operation == OperationType.Mutation)
            {
                if (current is null || current.Graph != graph) current = NewRoot(graph, Roots.Count);
                group = current;
            }
            else
            {
                group = Roots.Find(r => r.Graph == graph) ?? NewRoot(graph, Roots.Count);
            }
            PlanField(group, group.Root, rootType, field, [], null, conditions);
        }
    }

    private static void CollectRootFields(SelectionSetNode set, IReadOnlyList<DirectiveNode> conditions,
        List<(FieldNode, IReadOnlyList<DirectiveNode>)> into)
    {
        foreach (var selection in set.Selections)
        {
            if (selection is FieldNode f) into.Add((f, conditions));
            else if (selection is InlineFragmentNode i) CollectRootFields(i.SelectionSet, Conditions(conditions, i.Directives), into);
        }
    }

    private static IReadOnlyList<DirectiveNode> Conditions(IReadOnlyList<DirectiveNode> outer, IReadOnlyList<DirectiveNode> directives)
    {
        var own = directives.Where(d => d.Name.Value is "skip" or "include").ToList();
        return own.Count == 0 ? outer : [.. outer, .. own];
    }

    private FetchGroup NewRoot(string graph, int order)
    {
        var group = new FetchGroup(_groups.Count, graph, [], null, []) { Order = order };
        _groups.Add(group);
        Roots.Add(group);
        return group;
    }

    private string ChooseRootGraph(string rootType, FieldNode field, string? preferred)
    {
        string? best = null;
        var bestCost = int.MaxValue;
        foreach (var graph in model.GraphOrder)
        {
            if (!model.CanResolve(graph, rootType, field.Name.Value)) continue;
            var cost = EstimateCost(graph, rootType, [field], null, 0) + (CanPlanIn(graph, rootType, [field], 0) ? 0 : 1000);
            var tieBreak = graph == preferred || Roots.Exists(r => r.Graph == graph);
            if (cost < bestCost || (cost == bestCost && tieBreak && best != preferred))
            {
                best = graph;
                bestCost = cost;
            }
        }
        return best ?? throw new PlanningException($"No subgraph resolves the field \"{rootType}.{field.Name.Value}\".");
    }

    /// <summary>Fields of a selection that <paramref name="graph"/> cannot resolve itself (entity jumps it would need).</summary>
    private int EstimateCost(string graph, string typeName, IReadOnlyList<ISelectionNode> selections, SelectionSetNode? provided, int depth)
    {
        if (depth > 4) return 0;
        var cost = 0;
        foreach (var selection in selections)
        {
            switch (selection)
            {
                case FieldNode { Name.Value: "__typename" }:
                    break;
                case FieldNode f:
                    var field = model.GetField(typeName, f.Name.Value);
                    if (field is null) break;
                    if (!model.CanResolve(graph, typeName, f.Name.Value) && !ProvidedFields.Contains(model, provided, typeName, f.Name.Value))
                    {
                        cost++;
                        break;
                    }
                    if (f.SelectionSet is { } sub && model.GetType(field.TypeName) is { } fieldType)
                    {
                        var subProvided = model.GetJoin(graph, field)?.Provides ?? ProvidedFields.Sub(model, provided, typeName, f.Name.Value);
                        if (!fieldType.IsAbstract) cost += EstimateCost(graph, field.TypeName, sub.Selections, subProvided, depth + 1);
                        else if (!model.IsInterfaceObjectIn(field.TypeName, graph))
                        {
                            foreach (var possible in model.PossibleTypesInGraph(field.TypeName, graph))
                            {
                                cost += EstimateCost(graph, possible, sub.Selections, subProvided, depth + 1);
                            }
                        }
                    }
                    break;
                case InlineFragmentNode i when i.TypeCondition is null || model.IsPossibleType(i.TypeCondition.Name.Value, typeName):
                    cost += EstimateCost(graph, typeName, i.SelectionSet.Selections, provided, depth);
                    break;
            }
        }
        return cost;
    }

    private static IReadOnlyList<string> Append(IReadOnlyList<string> path, string name, int lists)
    {
        var next = new List<string>(path.Count + 1 + lists);
        next.AddRange(path);
        next.Add(name);
        for (var i = 0; i < lists; i++) next.Add("@");
        return next;
    }
}
