using Federation.GraphQL.Language;
using Federation.Gateway.Planning.Supergraph;

namespace Federation.Gateway.Planning.Build;

internal sealed partial class FetchGraphBuilder
{
    /// <summary>Plans the selections of an object type (or of an interface where the subgraph has it as an @interfaceObject).</summary>
    private void PlanSelections(FetchGroup group, SelectionTree target, string typeName, IReadOnlyList<ISelectionNode> selections,
        IReadOnlyList<string> path, SelectionSetNode? provided, IReadOnlyList<DirectiveNode> conditions)
    {
        foreach (var selection in selections)
        {
            switch (selection)
            {
                case FieldNode { Name.Value: "__typename" } typename:
                    target.Field(typename, conditions, composite: false);
                    break;
                case FieldNode field:
                    PlanField(group, target, typeName, field, path, provided, conditions);
                    break;
                case InlineFragmentNode inline:
                    var condition = inline.TypeCondition?.Name.Value ?? typeName;
                    if (condition == typeName || model.IsPossibleType(condition, typeName))
                    {
                        PlanSelections(group, target, typeName, inline.SelectionSet.Selections, path, provided, Conditions(conditions, inline.Directives));
                    }
                    break;
            }
        }
    }

    private void PlanField(FetchGroup group, SelectionTree target, string typeName, FieldNode field, IReadOnlyList<string> path,
        SelectionSetNode? provided, IReadOnlyList<DirectiveNode> conditions)
    {
        var definition = model.GetField(typeName, field.Name.Value)
            ?? throw new PlanningException($"The supergraph has no field \"{typeName}.{field.Name.Value}\".");
        var local = model.CanResolve(group.Graph, typeName, field.Name.Value)
                    || ProvidedFields.Contains(model, provided, typeName, field.Name.Value);
        var join = model.GetJoin(group.Graph, definition);
        // A @requires field needs its requirements in a representation: a later fetch, to this subgraph if need be.
        var requiresPending = local && join?.Requires is not null && !_satisfied.Contains((group.Id, typeName + "." + field.Name.Value));
        if (local && !requiresPending && field.SelectionSet is not null)
        {
            field = SplitUnreachable(group, target, typeName, field, definition, path, provided, conditions);
        }
        if (!local || requiresPending)
        {
            Jump(group, target, typeName, [field], path, conditions, definition, provided);
            return;
        }
        var fieldType = model.GetType(definition.TypeName);
        var composite = fieldType is { IsComposite: true };
        var child = target.Field(field, conditions, composite, join?.Type ?? Printer.Print((SyntaxNode)definition.Type));
        if (child is null || field.SelectionSet is null) return;
        var subPath = Append(path, field.ResponseName, definition.ListDepthOf);
        var subProvided = join?.Provides ?? ProvidedFields.Sub(model, provided, typeName, field.Name.Value);
        PlanComposite(group, child, definition.TypeName, field.SelectionSet.Selections, subPath, subProvided);
    }

    /// <summary>Plans a selection on a composite type: object types directly, abstract types per possible type of the subgraph.</summary>
    private void PlanComposite(FetchGroup group, SelectionTree tree, string typeName, IReadOnlyList<ISelectionNode> selections,
        IReadOnlyList<string> path, SelectionSetNode? provided)
    {
        var type = model.Types[typeName];
        if (!type.IsAbstract)
        {
            PlanSelections(group, tree, typeName, selections, path, provided, []);
            return;
        }
        tree.AddTypename();
        if (model.IsInterfaceObjectIn(typeName, group.Graph))
        {
            PlanInterfaceObject(group, tree, typeName, selections, path, provided);
            return;
        }
        foreach (var possible in model.PossibleTypesInGraph(typeName, group.Graph))
        {
            PlanSelections(group, tree.Fragment(possible), possible, selections, path, provided, []);
        }
    }

    /// <summary>
    /// An interface that this subgraph has as an object (@interfaceObject): its own fields are fetched here; the
    /// concrete type (and fields of concrete types) come from a subgraph that has the real interface.
    /// </summary>
    private void PlanInterfaceObject(FetchGroup group, SelectionTree tree, string typeName, IReadOnlyList<ISelectionNode> selections,
        IReadOnlyList<string> path, SelectionSetNode? provided)
    {
        var own = new List<ISelectionNode>();
        var concrete = new List<ISelectionNode>();
        foreach (var selection in selections)
        {
            if (selection is FieldNode { Name.Value: not "__typename" }) own.Add(selection);
            else if (selection is InlineFragmentNode { TypeCondition: { } tc } inline && tc.Name.Value == typeName) own.AddRange(inline.SelectionSet.Selections);
            else concrete.Add(selection);
        }
        PlanSelections(group, tree, typeName, own, path, provided, []);
        Jump(group, tree, typeName, concrete, path, [], null, provided);
    }
}
