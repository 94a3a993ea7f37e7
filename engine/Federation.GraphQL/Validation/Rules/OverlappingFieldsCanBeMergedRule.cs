using Federation.GraphQL.Language;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.2 Field Selection Merging: fields with the same response name in a selection set (fragments included)
/// must be mergeable: same field and arguments unless their parents are exclusive object types, compatible return
/// types, and mergeable sub-selections. The search (see <see cref="FieldConflictFinder"/>) caches collected fields
/// and compared fragment pairs so each pair is compared once.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    private FieldConflictFinder? _finder;

    public override RuleHooks Hooks => RuleHooks.EnterSelectionSet;

    public override void EnterSelectionSet(SelectionSetNode node, SyntaxNode parent)
    {
        // An inline fragment's fields are compared as part of the enclosing selection set.
        if (parent.Kind == SyntaxKind.InlineFragment) return;
        var selections = node.Selections;
        if (selections.Count == 0 || (selections.Count == 1 && selections[0].Kind != SyntaxKind.InlineFragment)) return;
        _finder ??= new FieldConflictFinder(Context);
        var conflicts = _finder.FindConflictsWithinSelectionSet(Context.TypeInfo.ParentType, node);
        foreach (var conflict in conflicts)
        {
            var nodes = new SyntaxNode[conflict.Fields1.Count + conflict.Fields2.Count];
            for (var i = 0; i < conflict.Fields1.Count; i++) nodes[i] = conflict.Fields1[i];
            for (var i = 0; i < conflict.Fields2.Count; i++) nodes[conflict.Fields1.Count + i] = conflict.Fields2[i];
            ReportError($"Fields \"{FieldConflictFinder.MaybeAbbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.", nodes);
        }
    }
}
