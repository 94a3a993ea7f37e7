using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>Spec 3.3 Schema: each operation type is given once across the schema definition and its extensions.</summary>
public sealed class UniqueOperationTypesRule : SdlRule
{
    private readonly Dictionary<OperationType, OperationTypeDefinitionNode> _defined = [];

    public override bool Enter(SyntaxNode node, SdlValidationContext context)
    {
        IReadOnlyList<OperationTypeDefinitionNode>? operations = node switch
        {
            SchemaDefinitionNode d => d.OperationTypes,
            SchemaExtensionNode e => e.OperationTypes,
            _ => null,
        };
        if (operations is null) return true;
        foreach (var op in operations)
        {
            if (_defined.TryGetValue(op.Operation, out var existing))
            {
                context.Report($"There can be only one {op.Operation.ToString().ToLowerInvariant()} type in schema.", existing, op);
            }
            else
            {
                _defined[op.Operation] = op;
            }
        }
        return false;
    }
}
