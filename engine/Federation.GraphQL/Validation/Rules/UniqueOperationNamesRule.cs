using Federation.GraphQL.Language;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.2.1 Operation Name Uniqueness.</summary>
public sealed class UniqueOperationNamesRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override RuleHooks Hooks => RuleHooks.EnterOperation;

    public override void EnterOperation(OperationDefinitionNode node)
    {
        if (node.Name is not { } name) return;
        if (_known.TryGetValue(name.Value, out var known))
        {
            ReportError($"There can be only one operation named \"{name.Value}\".", known, name);
        }
        else
        {
            _known[name.Value] = name;
        }
    }
}
