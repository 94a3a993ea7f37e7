using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>Spec 3.3 Schema: a document holds at most one schema definition.</summary>
public sealed class LoneSchemaDefinitionRule : SdlRule
{
    private int _count;

    public override bool Enter(SyntaxNode node, SdlValidationContext context)
    {
        if (node is SchemaDefinitionNode)
        {
            if (_count > 0) context.Report("Must provide only one schema definition.", node);
            _count++;
        }
        return true;
    }
}
