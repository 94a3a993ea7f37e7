using Federation.GraphQL.Language;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.4 Fragments Must Be Used: every fragment is spread by some operation.</summary>
public sealed class NoUnusedFragmentsRule : ValidationRule
{
    private readonly List<OperationDefinitionNode> _operations = [];
    private readonly List<FragmentDefinitionNode> _fragments = [];

    public override RuleHooks Hooks => RuleHooks.EnterOperation | RuleHooks.EnterFragmentDefinition | RuleHooks.LeaveDocument;

    public override void EnterOperation(OperationDefinitionNode node) => _operations.Add(node);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node) => _fragments.Add(node);

    public override void LeaveDocument(DocumentNode node)
    {
        if (_fragments.Count == 0) return;
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fragment in Context.CollectReferencedFragments(_operations)) used.Add(fragment.Name.Value);
        foreach (var fragment in _fragments)
        {
            if (!used.Contains(fragment.Name.Value))
            {
                ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
    }
}
