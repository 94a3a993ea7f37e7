using Federation.GraphQL.Language;

namespace Federation.Gateway.Planning.Build;

/// <summary>Copies a field set (a @key or @requires selection) into a selection tree.</summary>
internal static class RequirementWriter
{
    public static void Add(SelectionTree tree, SelectionSetNode fields)
    {
        foreach (var selection in fields.Selections)
        {
            switch (selection)
            {
                case FieldNode f:
                    var child = tree.Field(new FieldNode(null, f.Name, f.Arguments, [], null), [], f.SelectionSet is not null);
                    if (child is not null && f.SelectionSet is { } sub) Add(child, sub);
                    break;
                case InlineFragmentNode i:
                    var target = i.TypeCondition is null ? tree : tree.Fragment(i.TypeCondition.Name.Value);
                    Add(target, i.SelectionSet);
                    break;
            }
        }
    }
}
