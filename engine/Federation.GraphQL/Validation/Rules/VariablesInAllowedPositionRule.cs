using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.5 All Variable Usages Are Allowed, including the non-null rule for @oneOf input fields.</summary>
public sealed class VariablesInAllowedPositionRule : ValidationRule
{
    public override RuleHooks Hooks => RuleHooks.LeaveOperation;

    public override void LeaveOperation(OperationDefinitionNode node)
    {
        var usages = Context.GetRecursiveVariableUsages(node);
        if (usages.Count == 0) return;
        var schema = Context.Schema;
        foreach (var usage in usages)
        {
            var name = usage.Node.Name.Value;
            var definition = FindDefinition(node, name);
            if (definition is null || usage.Type is null) continue;
            var variableType = schema.TypeFromAst(definition.Type);
            if (variableType is null) continue;
            if (!IsAllowed(schema, variableType, definition.DefaultValue, usage.Type, usage.DefaultValue))
            {
                ReportError($"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{usage.Type}\".", definition, usage.Node);
            }
            if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
            {
                ReportError($"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".", definition, usage.Node);
            }
        }
    }

    private static VariableDefinitionNode? FindDefinition(OperationDefinitionNode operation, string name)
    {
        VariableDefinitionNode? found = null;
        foreach (var definition in operation.VariableDefinitions)
        {
            if (definition.Variable.Name.Value == name) found = definition;
        }
        return found;
    }

    /// <summary>A nullable variable may flow into a non-null position when a non-null default covers the missing case.</summary>
    private static bool IsAllowed(Schema schema, GraphQLType variableType, IValueNode? variableDefault, GraphQLType locationType, IValueNode? locationDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null && variableDefault.Kind != SyntaxKind.NullValue;
            if (!hasNonNullVariableDefault && locationDefault is null) return false;
            return schema.IsTypeSubTypeOf(variableType, nonNullLocation.OfType);
        }
        return schema.IsTypeSubTypeOf(variableType, locationType);
    }
}
