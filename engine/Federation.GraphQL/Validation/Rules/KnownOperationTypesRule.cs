using Federation.GraphQL.Language;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.1.1 Operation Type Existence: the schema has a root type for each operation's type.</summary>
public sealed class KnownOperationTypesRule : ValidationRule
{
    public override RuleHooks Hooks => RuleHooks.EnterOperation;

    public override void EnterOperation(OperationDefinitionNode node)
    {
        if (Context.Schema.GetRootType(node.Operation) is null)
        {
            ReportError($"The {OperationName(node.Operation)} operation is not supported by the schema.", node);
        }
    }

    internal static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
