using Federation.GraphQL.Language;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.1 Fragment Name Uniqueness.</summary>
public sealed class UniqueFragmentNamesRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override RuleHooks Hooks => RuleHooks.EnterFragmentDefinition;

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        var name = node.Name;
        if (_known.TryGetValue(name.Value, out var known))
        {
            ReportError($"There can be only one fragment named \"{name.Value}\".", known, name);
        }
        else
        {
            _known[name.Value] = name;
        }
    }
}
