using Federation.GraphQL.Language;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>
/// Guards introspection against deeply nested list fields (fields, interfaces, possibleTypes, inputFields), which
/// cost exponential work; graphql-js includes it in its specified rules. Not a section 5 rule of the spec.
/// </summary>
public sealed class MaxIntrospectionDepthRule : ValidationRule
{
    private const int MaxListsDepth = 3;

    private readonly Dictionary<string, int> _checkedFragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _exceededFragments = new(StringComparer.Ordinal);
    private FieldNode? _skipped;

    public override RuleHooks Hooks => RuleHooks.EnterField | RuleHooks.LeaveField;

    public override void EnterField(FieldNode node)
    {
        if (_skipped is not null) return;
        var name = node.Name.Value;
        if (name is not ("__schema" or "__type")) return;
        if (!ExceedsDepth(node, new Dictionary<string, int>(StringComparer.Ordinal), 0)) return;
        ReportError("Maximum introspection depth exceeded", node);
        _skipped = node;
    }

    public override void LeaveField(FieldNode node)
    {
        if (ReferenceEquals(_skipped, node)) _skipped = null;
    }

    private bool ExceedsDepth(ISelectionNode node, Dictionary<string, int> visitedFragments, int depth)
    {
        SelectionSetNode? selectionSet;
        switch (node)
        {
            case FragmentSpreadNode spread:
                return SpreadExceedsDepth(spread, visitedFragments, depth);
            case FieldNode field:
                if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields")
                {
                    depth++;
                    if (depth >= MaxListsDepth) return true;
                }
                selectionSet = field.SelectionSet;
                break;
            case InlineFragmentNode inline:
                selectionSet = inline.SelectionSet;
                break;
            default:
                return false;
        }
        return selectionSet is not null && SelectionsExceedDepth(selectionSet, visitedFragments, depth);
    }

    private bool SelectionsExceedDepth(SelectionSetNode selectionSet, Dictionary<string, int> visitedFragments, int depth)
    {
        var childs = selectionSet.Selections;
        for (var childIndex = 0; childIndex < childs.Count; childIndex++)
        {
            var child = childs[childIndex];
            if (ExceedsDepth(child, visitedFragments, depth)) return true;
        }
        return false;
    }

    private bool SpreadExceedsDepth(FragmentSpreadNode spread, Dictionary<string, int> visitedFragments, int depth)
    {
        var name = spread.Name.Value;
        if (_exceededFragments.TryGetValue(name, out var exceededDepth) && exceededDepth <= depth) return true;
        if ((visitedFragments.TryGetValue(name, out var visitedDepth) && visitedDepth >= depth)
            || (_checkedFragments.TryGetValue(name, out var checkedDepth) && checkedDepth >= depth))
        {
            return false;
        }
        if (Context.GetFragment(name) is not { } fragment) return false;
        visitedFragments[name] = depth;
        if (SelectionsExceedDepth(fragment.SelectionSet, visitedFragments, depth))
        {
            _exceededFragments[name] = depth;
            return true;
        }
        _checkedFragments[name] = depth;
        return false;
    }
}
