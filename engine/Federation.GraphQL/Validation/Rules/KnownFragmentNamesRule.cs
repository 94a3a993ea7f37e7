using Federation.GraphQL.Language;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.1 Fragment Spread Target Defined.</summary>
public sealed class KnownFragmentNamesRule : ValidationRule
{
    public override RuleHooks Hooks => RuleHooks.EnterFragmentSpread;

    public override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        if (Context.GetFragment(node.Name.Value) is null)
        {
            ReportError($"Unknown fragment \"{node.Name.Value}\".", node.Name);
        }
    }
}
