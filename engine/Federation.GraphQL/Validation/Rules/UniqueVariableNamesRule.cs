using Federation.GraphQL.Language;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.1 Variable Uniqueness.</summary>
public sealed class UniqueVariableNamesRule : ValidationRule
{
    public override RuleHooks Hooks => RuleHooks.EnterOperation;

    public override void EnterOperation(OperationDefinitionNode node)
    {
        var definitions = node.VariableDefinitions;
        if (definitions.Count < 2) return;
        var groups = new Dictionary<string, List<SyntaxNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var definition in definitions)
        {
            var name = definition.Variable.Name;
            if (!groups.TryGetValue(name.Value, out var list))
            {
                groups[name.Value] = list = [];
                order.Add(name.Value);
            }
            list.Add(name);
        }
        foreach (var name in order)
        {
            var nodes = groups[name];
            if (nodes.Count > 1) ReportError($"There can be only one variable named \"${name}\".", [.. nodes]);
        }
    }
}
