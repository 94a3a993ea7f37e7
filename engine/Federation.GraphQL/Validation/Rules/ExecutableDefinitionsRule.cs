using Federation.GraphQL.Language;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>Spec 5.1.1 Executable Definitions: a request document holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule : ValidationRule
{
    public override RuleHooks Hooks => RuleHooks.EnterDocument;

    public override void EnterDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is IExecutableDefinitionNode) continue;
            var name = definition is SchemaDefinitionNode or SchemaExtensionNode
                ? "schema"
                : "\"" + ((INamedSyntaxNode)definition).Name.Value + "\"";
            ReportError($"The {name} definition is not executable.", (SyntaxNode)definition);
        }
    }
}
