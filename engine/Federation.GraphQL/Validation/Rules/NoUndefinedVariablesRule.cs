using Federation.GraphQL.Language;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.3 All Variable Uses Defined, following the fragments the operation uses.</summary>
public sealed class NoUndefinedVariablesRule : ValidationRule
{
    public override RuleHooks Hooks => RuleHooks.EnterOperation;

    public override void EnterOperation(OperationDefinitionNode node)
    {
        var usages = Context.GetRecursiveVariableUsages(node);
        if (usages.Count == 0) return;
        foreach (var usage in usages)
        {
            var name = usage.Node.Name.Value;
            if (IsDefined(node, name)) continue;
            ReportError(node.Name is { } operationName
                ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                : $"Variable \"${name}\" is not defined.", usage.Node, node);
        }
    }

    internal static bool IsDefined(OperationDefinitionNode operation, string name)
    {
        foreach (var definition in operation.VariableDefinitions)
        {
            if (definition.Variable.Name.Value == name) return true;
        }
        return false;
    }
}
