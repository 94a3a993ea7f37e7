using Federation.GraphQL.Language;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.3.1 Lone Anonymous Operation: an anonymous operation must be the only operation.</summary>
public sealed class LoneAnonymousOperationRule : ValidationRule
{
    private int _operationCount;

    public override RuleHooks Hooks => RuleHooks.EnterDocument | RuleHooks.EnterOperation;

    public override void EnterDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode) _operationCount++;
        }
    }

    public override void EnterOperation(OperationDefinitionNode node)
    {
        if (node.Name is null && _operationCount > 1)
        {
            ReportError("This anonymous operation must be the only defined operation.", node);
        }
    }
}
