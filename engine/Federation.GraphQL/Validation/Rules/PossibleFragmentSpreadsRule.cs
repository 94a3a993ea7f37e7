using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.3 Fragment Spread Is Possible: the fragment's type and the parent type share a possible type.</summary>
public sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    public override RuleHooks Hooks => RuleHooks.EnterInlineFragment | RuleHooks.EnterFragmentSpread;

    public override void EnterInlineFragment(InlineFragmentNode node)
    {
        if (Context.TypeInfo.Type is NamedType fragmentType && fragmentType.IsCompositeType()
            && Context.TypeInfo.ParentType is { } parentType && parentType.IsCompositeType()
            && !Context.Schema.DoTypesOverlap(fragmentType, parentType))
        {
            ReportError($"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", node);
        }
    }

    public override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        var name = node.Name.Value;
        if (Context.GetFragment(name) is not { } fragment) return;
        if (Context.Schema.GetType(fragment.TypeCondition.Name.Value) is not { } fragmentType || !fragmentType.IsCompositeType()) return;
        if (Context.TypeInfo.ParentType is { } parentType && !Context.Schema.DoTypesOverlap(fragmentType, parentType))
        {
            ReportError($"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", node);
        }
    }
}
