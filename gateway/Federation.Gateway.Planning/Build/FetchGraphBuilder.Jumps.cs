using Federation.GraphQL.Language;
using Federation.GraphQL.Types;
using Federation.Gateway.Planning.Supergraph;

namespace Federation.Gateway.Planning.Build;

internal sealed partial class FetchGraphBuilder
{
    private sealed record Candidate(string Graph, string EntityType, KeyInfo Key, bool Plannable, bool KeyLocal, int Cost);

    /// <summary>
    /// Entity jump (Federation v2 entities): fetch <paramref name="selections"/> of the object at this position from
    /// another subgraph through one of its resolvable @key. The key (and @requires) fields are planned in the current
    /// group first; the new group depends on every group that planning touched.
    /// </summary>
    private void Jump(FetchGroup group, SelectionTree target, string typeName, IReadOnlyList<ISelectionNode> selections,
        IReadOnlyList<string> path, IReadOnlyList<DirectiveNode> conditions, SupergraphField? field, SelectionSetNode? provided)
    {
        var candidate = ChooseCandidate(group, typeName, selections, field)
            ?? throw new PlanningException(field is null
                ? $"No subgraph can tell the concrete type of \"{typeName}\" for subgraph \"{group.Graph}\"."
                : $"Cannot reach \"{typeName}.{field.Name}\" from subgraph \"{model.Graphs[group.Graph].Name}\": no subgraph resolves it with a key available here.");
        var requirement = candidate.Key.Fields;
        // Through an @interfaceObject the field is the interface's, with the interface's @requires.
        if (field is not null && candidate.EntityType != typeName) field = model.GetField(candidate.EntityType, field.Name) ?? field;
        if (field is not null && model.GetJoin(candidate.Graph, field)?.Requires is { } requires)
        {
            requirement = new SelectionSetNode([.. requirement.Selections, .. requires.Selections]);
        }
        var guard = $"{typeName}.{field?.Name}@{candidate.Graph}";
        if (!_jumping.Add(guard)) throw new PlanningException($"Circular requirements while planning \"{typeName}.{field?.Name}\".");
        var touched = new List<FetchGroup>();
        _touchStack.Add(touched);
        try
        {
            target.AddTypename();
            PlanSelections(group, target, typeName, requirement.Selections, path, provided, []);
        }
        finally
        {
            _touchStack.RemoveAt(_touchStack.Count - 1);
            _jumping.Remove(guard);
        }
        var child = GetOrCreateChild(group, candidate.Graph, path, touched);
        var entityType = candidate.EntityType;
        var sent = model.Types[entityType].IsAbstract ? entityType : "";
        child.AddRequirement(entityType, sent, requirement);
        if (field is not null) _satisfied.Add((child.Id, entityType + "." + field.Name));
        var tree = child.Root.Fragment(entityType);
        if (model.Types[entityType].IsAbstract && !model.IsInterfaceObjectIn(entityType, candidate.Graph))
        {
            PlanComposite(child, tree, entityType, selections, path, null);
        }
        else
        {
            PlanSelections(child, tree, entityType, selections, path, null, conditions);
        }
    }

    private Candidate? ChooseCandidate(FetchGroup group, string typeName, IReadOnlyList<ISelectionNode> selections, SupergraphField? field)
    {
        Candidate? best = null;
        foreach (var graph in model.GraphOrder)
        {
            if (graph == group.Graph && field is not null && model.GetJoin(graph, field)?.Requires is null) continue;
            var type = model.Types[typeName];
            if (field is not null && model.CanResolve(graph, typeName, field.Name))
            {
                Consider(graph, typeName, type);
            }
            else if (field is null && type.Graphs.TryGetValue(graph, out var tig) && !tig.IsInterfaceObject && graph != group.Graph)
            {
                Consider(graph, typeName, type);
            }
        }
        if (best is null && field is not null && model.Types[typeName].Kind == TypeKind.Object)
        {
            // A field an @interfaceObject adds to every implementation: fetched on the interface from that subgraph.
            foreach (var iface in model.Types[typeName].AllInterfaces)
            {
                foreach (var graph in model.GraphOrder)
                {
                    if (model.IsInterfaceObjectIn(iface, graph) && model.CanResolve(graph, iface, field.Name))
                    {
                        Consider(graph, iface, model.Types[iface]);
                    }
                }
            }
        }
        return best;

        void Consider(string graph, string entityType, SupergraphType type)
        {
            if (!type.Graphs.TryGetValue(graph, out var inGraph)) return;
            foreach (var key in inGraph.Keys)
            {
                if (!key.Resolvable) continue;
                var local = KeyAvailable(group.Graph, typeName, key.Fields.Selections);
                var cost = EstimateCost(graph, entityType, selections, null, 0);
                var plannable = CanPlanIn(graph, entityType, selections, 0);
                var candidate = new Candidate(graph, entityType, key, plannable, local, cost);
                if (best is null || Better(candidate, best)) best = candidate;
            }
        }
    }

    private static bool Better(Candidate a, Candidate b)
    {
        if (a.Plannable != b.Plannable) return a.Plannable;
        if (a.KeyLocal != b.KeyLocal) return a.KeyLocal;
        return a.Cost < b.Cost;
    }

    private bool KeyAvailable(string graph, string typeName, IReadOnlyList<ISelectionNode> selections)
    {
        foreach (var selection in selections)
        {
            if (selection is FieldNode f)
            {
                if (!model.CanResolve(graph, typeName, f.Name.Value)) return false;
                if (f.SelectionSet is { } sub && model.GetField(typeName, f.Name.Value) is { } def
                    && !KeyAvailable(graph, def.TypeName, sub.Selections)) return false;
            }
            else if (selection is InlineFragmentNode i && !KeyAvailable(graph, i.TypeCondition?.Name.Value ?? typeName, i.SelectionSet.Selections))
            {
                return false;
            }
        }
        return true;
    }

    private FetchGroup GetOrCreateChild(FetchGroup parent, string graph, IReadOnlyList<string> path, List<FetchGroup> dependencies)
    {
        var pathKey = string.Join('/', path);
        var deps = dependencies.Distinct().Where(d => d != parent).ToList();
        var child = parent.Children.Find(c => c.Graph == graph && c.PathKey == pathKey
                                              && c.Dependencies.Count == deps.Count && c.Dependencies.All(deps.Contains));
        if (child is null)
        {
            child = new FetchGroup(_groups.Count, graph, path, parent, deps);
            parent.Children.Add(child);
            _groups.Add(child);
        }
        foreach (var touched in _touchStack) touched.Add(child);
        return child;
    }
}
