using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.3 Fragments on Object, Interface or Union Types.</summary>
public sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    public override RuleHooks Hooks => RuleHooks.EnterInlineFragment | RuleHooks.EnterFragmentDefinition;

    public override void EnterInlineFragment(InlineFragmentNode node)
    {
        if (node.TypeCondition is { } typeCondition && IsNonComposite(typeCondition))
        {
            ReportError($"Fragment cannot condition on non composite type \"{typeCondition.Name.Value}\".", typeCondition);
        }
    }

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        if (IsNonComposite(node.TypeCondition))
        {
            ReportError($"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{node.TypeCondition.Name.Value}\".", node.TypeCondition);
        }
    }

    private bool IsNonComposite(NamedTypeNode typeCondition)
        => Context.Schema.GetType(typeCondition.Name.Value) is { } type && !type.IsCompositeType();
}
