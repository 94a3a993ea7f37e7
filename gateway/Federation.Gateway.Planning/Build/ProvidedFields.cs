using Federation.GraphQL.Language;
using Federation.Gateway.Planning.Supergraph;

namespace Federation.Gateway.Planning.Build;

/// <summary>Lookups in a @provides field set (Federation v2 @provides): which external fields a subgraph may answer at a position.</summary>
internal static class ProvidedFields
{
    public static bool Contains(SupergraphModel model, SelectionSetNode? provided, string parentType, string fieldName)
        => Find(model, provided, parentType, fieldName, out _);

    public static SelectionSetNode? Sub(SupergraphModel model, SelectionSetNode? provided, string parentType, string fieldName)
        => Find(model, provided, parentType, fieldName, out var sub) ? sub : null;

    private static bool Find(SupergraphModel model, SelectionSetNode? provided, string parentType, string fieldName, out SelectionSetNode? sub)
    {
        sub = null;
        if (provided is null) return false;
        var found = false;
        List<ISelectionNode>? merged = null;
        foreach (var selection in provided.Selections)
        {
            switch (selection)
            {
                case FieldNode f when f.Name.Value == fieldName:
                    found = true;
                    if (f.SelectionSet is { } s) (merged ??= []).AddRange(s.Selections);
                    break;
                case InlineFragmentNode i when i.TypeCondition is null || model.IsPossibleType(i.TypeCondition.Name.Value, parentType):
                    if (Find(model, i.SelectionSet, parentType, fieldName, out var inner))
                    {
                        found = true;
                        if (inner is not null) (merged ??= []).AddRange(inner.Selections);
                    }
                    break;
            }
        }
        if (merged is not null) sub = new SelectionSetNode(merged);
        return found;
    }
}
