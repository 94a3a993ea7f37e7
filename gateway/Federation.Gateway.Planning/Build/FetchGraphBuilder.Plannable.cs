using Federation.GraphQL.Language;

namespace Federation.Gateway.Planning.Build;

internal sealed partial class FetchGraphBuilder
{
    /// <summary>Whether a selection can be planned from <paramref name="graph"/>: each field is resolved there or reachable through a key.</summary>
    private bool CanPlanIn(string graph, string typeName, IReadOnlyList<ISelectionNode> selections, int depth)
    {
        if (depth > 6 || model.GetType(typeName) is not { } type) return true;
        if (type.IsAbstract) return true;
        foreach (var selection in selections)
        {
            switch (selection)
            {
                case FieldNode { Name.Value: "__typename" }:
                    break;
                case FieldNode f:
                    if (model.GetField(typeName, f.Name.Value) is not { } field) return false;
                    if (model.CanResolve(graph, typeName, f.Name.Value))
                    {
                        if (f.SelectionSet is { } sub && !CanPlanIn(graph, field.TypeName, sub.Selections, depth + 1)) return false;
                    }
                    else if (!Reachable(typeName, f.Name.Value))
                    {
                        return false;
                    }
                    break;
                case InlineFragmentNode i when i.TypeCondition is null || model.IsPossibleType(i.TypeCondition.Name.Value, typeName):
                    if (!CanPlanIn(graph, typeName, i.SelectionSet.Selections, depth)) return false;
                    break;
            }
        }
        return true;
    }

    /// <summary>
    /// The parent entity call: subfields of a shared value type that this subgraph lacks and no key reaches are fetched
    /// with the field itself from another subgraph, through the parent's key. Returns the field with what stays here.
    /// </summary>
    private FieldNode SplitUnreachable(FetchGroup group, SelectionTree target, string typeName, FieldNode field,
        Supergraph.SupergraphField definition, IReadOnlyList<string> path, SelectionSetNode? provided, IReadOnlyList<DirectiveNode> conditions)
    {
        if (model.GetType(definition.TypeName) is not { IsAbstract: false, IsComposite: true }) return field;
        var keep = new List<ISelectionNode>();
        var move = new List<ISelectionNode>();
        foreach (var selection in field.SelectionSet!.Selections)
        {
            if (selection is FieldNode { Name.Value: not "__typename" } f && !model.CanResolve(group.Graph, definition.TypeName, f.Name.Value)
                && !ProvidedFields.Contains(model, model.GetJoin(group.Graph, definition)?.Provides, definition.TypeName, f.Name.Value)
                && !Reachable(definition.TypeName, f.Name.Value))
            {
                move.Add(f);
            }
            else
            {
                keep.Add(selection);
            }
        }
        if (move.Count == 0) return field;
        var moved = new FieldNode(field.Alias, field.Name, field.Arguments, field.Directives, new SelectionSetNode(move));
        if (group.Parent is null && typeName == model.RootTypeName(OperationType.Query) && path.Count == 0)
        {
            // A shared root field: each missing part is asked of another subgraph's root.
            var placed = new List<(string Graph, FieldNode Field)>();
            foreach (var part in move)
            {
                var single = new FieldNode(field.Alias, field.Name, field.Arguments, field.Directives, new SelectionSetNode([part]));
                var other = model.GraphOrder.FirstOrDefault(g => g != group.Graph && model.CanResolve(g, typeName, field.Name.Value)
                                                                 && CanPlanIn(g, typeName, [single], 0));
                if (other is null) return field;
                placed.Add((other, single));
            }
            foreach (var (other, single) in placed)
            {
                var root = Roots.Find(r => r.Graph == other) ?? NewRoot(other, Roots.Count);
                PlanField(root, root.Root, typeName, single, path, null, conditions);
            }
            return Keep(field, keep);
        }
        if (ChooseCandidate(group, typeName, [moved], definition) is not { Plannable: true }) return field;
        Jump(group, target, typeName, [moved], path, conditions, definition, provided);
        return Keep(field, keep);
    }

    private static FieldNode Keep(FieldNode field, List<ISelectionNode> keep)
    {
        if (keep.Count == 0) keep.Add(new FieldNode(null, new NameNode("__typename"), [], [], null));
        return new FieldNode(field.Alias, field.Name, field.Arguments, field.Directives, new SelectionSetNode(keep));
    }

    /// <summary>Some subgraph resolves the field and has a resolvable key for the type.</summary>
    private bool Reachable(string typeName, string fieldName)
    {
        var type = model.Types[typeName];
        foreach (var graph in model.GraphOrder)
        {
            if (!model.CanResolve(graph, typeName, fieldName)) continue;
            if (type.Graphs.TryGetValue(graph, out var inGraph) && inGraph.Keys.Exists(k => k.Resolvable)) return true;
        }
        foreach (var iface in type.AllInterfaces)
        {
            foreach (var graph in model.GraphOrder)
            {
                if (model.IsInterfaceObjectIn(iface, graph) && model.CanResolve(graph, iface, fieldName)) return true;
            }
        }
        return false;
    }
}
