using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.2 Variables Are Input Types.</summary>
public sealed class VariablesAreInputTypesRule : ValidationRule
{
    public override RuleHooks Hooks => RuleHooks.EnterVariableDefinition;

    public override void EnterVariableDefinition(VariableDefinitionNode node)
    {
        var named = Context.Schema.GetType(node.Type.NamedType().Name.Value);
        if (named is not null && !named.IsInputType())
        {
            ReportError($"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{node.Type.Print()}\".", (SyntaxNode)node.Type);
        }
    }
}
