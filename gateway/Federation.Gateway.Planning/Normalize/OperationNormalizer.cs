using Federation.GraphQL.Language;

namespace Federation.Gateway.Planning.Normalize;

/// <summary>
/// First planning stage: selects the operation and inlines every fragment spread as an inline fragment (spec 5.5
/// fragments), keeping @skip/@include on the fragment so that conditions travel with the fields they guard.
/// </summary>
public static class OperationNormalizer
{
    public static OperationDefinitionNode Normalize(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? operation = null;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode op when operationName is null || op.Name?.Value == operationName:
                    if (operation is not null && operationName is null)
                    {
                        throw new PlanningException("Must provide operation name if query contains multiple operations.");
                    }
                    operation ??= op;
                    break;
                case FragmentDefinitionNode f:
                    fragments[f.Name.Value] = f;
                    break;
            }
        }
        if (operation is null) throw new PlanningException(operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".");
        return new OperationDefinitionNode(operation.Operation, operation.Name, operation.VariableDefinitions, operation.Directives,
            Inline(operation.SelectionSet, fragments, 0), operation.Description, operation.Location);
    }

    private static SelectionSetNode Inline(SelectionSetNode set, Dictionary<string, FragmentDefinitionNode> fragments, int depth)
    {
        if (depth > 256) throw new PlanningException("The operation nests fragments too deeply.");
        var selections = new List<ISelectionNode>(set.Selections.Count);
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode { SelectionSet: { } sub } field:
                    selections.Add(new FieldNode(field.Alias, field.Name, field.Arguments, field.Directives, Inline(sub, fragments, depth + 1), field.Location));
                    break;
                case FieldNode field:
                    selections.Add(field);
                    break;
                case InlineFragmentNode inline:
                    selections.Add(new InlineFragmentNode(inline.TypeCondition, inline.Directives, Inline(inline.SelectionSet, fragments, depth + 1), inline.Location));
                    break;
                case FragmentSpreadNode spread:
                    if (!fragments.TryGetValue(spread.Name.Value, out var fragment))
                    {
                        throw new PlanningException($"Unknown fragment \"{spread.Name.Value}\".");
                    }
                    selections.Add(new InlineFragmentNode(fragment.TypeCondition, spread.Directives, Inline(fragment.SelectionSet, fragments, depth + 1), spread.Location));
                    break;
            }
        }
        return new SelectionSetNode(selections, set.Location);
    }
}
