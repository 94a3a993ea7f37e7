using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>Spec 3.13 Directives: applied directives are defined and used in one of their locations.</summary>
public sealed class SdlKnownDirectivesRule(SdlValidationContext context) : SdlRule
{
    private readonly Dictionary<string, IReadOnlyList<string>> _locations =
        context.KnownDirectives().GroupBy(d => d.Name).ToDictionary(g => g.Key, g => g.Last().Locations, StringComparer.Ordinal);

    public override bool Enter(SyntaxNode node, SdlValidationContext context)
    {
        if (node is not DirectiveNode directive) return true;
        var name = directive.Name.Value;
        if (!_locations.TryGetValue(name, out var locations))
        {
            context.Report($"Unknown directive \"@{name}\".", directive);
            return true;
        }
        var location = Location(context);
        if (location is not null && !locations.Contains(location))
        {
            context.Report($"Directive \"@{name}\" may not be used on {location}.", directive);
        }
        return true;
    }

    private static string? Location(SdlValidationContext context)
    {
        var appliedTo = context.Ancestors[^1];
        return appliedTo switch
        {
            OperationDefinitionNode op => op.Operation switch
            {
                OperationType.Query => "QUERY",
                OperationType.Mutation => "MUTATION",
                _ => "SUBSCRIPTION",
            },
            FieldNode => "FIELD",
            FragmentSpreadNode => "FRAGMENT_SPREAD",
            InlineFragmentNode => "INLINE_FRAGMENT",
            FragmentDefinitionNode => "FRAGMENT_DEFINITION",
            VariableDefinitionNode => "VARIABLE_DEFINITION",
            SchemaDefinitionNode or SchemaExtensionNode => "SCHEMA",
            ScalarTypeDefinitionNode => "SCALAR",
            ObjectTypeDefinitionNode => "OBJECT",
            FieldDefinitionNode => "FIELD_DEFINITION",
            InterfaceTypeDefinitionNode => "INTERFACE",
            UnionTypeDefinitionNode => "UNION",
            EnumTypeDefinitionNode => "ENUM",
            EnumValueDefinitionNode => "ENUM_VALUE",
            InputObjectTypeDefinitionNode => "INPUT_OBJECT",
            InputValueDefinitionNode => context.Ancestors.Count > 1 && context.Ancestors[^2] is InputObjectTypeDefinitionNode
                ? "INPUT_FIELD_DEFINITION"
                : "ARGUMENT_DEFINITION",
            DirectiveDefinitionNode => "DIRECTIVE_DEFINITION",
            _ => null,
        };
    }
}
