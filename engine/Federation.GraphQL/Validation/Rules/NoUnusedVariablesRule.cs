using Federation.GraphQL.Language;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.4 All Variables Used, following the fragments the operation uses.</summary>
public sealed class NoUnusedVariablesRule : ValidationRule
{
    public override RuleHooks Hooks => RuleHooks.EnterOperation;

    public override void EnterOperation(OperationDefinitionNode node)
    {
        if (node.VariableDefinitions.Count == 0) return;
        var usages = Context.GetRecursiveVariableUsages(node);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var usage in usages) used.Add(usage.Node.Name.Value);
        foreach (var definition in node.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (used.Contains(name)) continue;
            ReportError(node.Name is { } operationName
                ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                : $"Variable \"${name}\" is never used.", definition);
        }
    }
}
