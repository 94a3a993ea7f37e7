using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.1 Directives Are Defined and 5.7.2 Directives Are in Valid Locations.</summary>
public sealed class KnownDirectivesRule : ValidationRule
{
    private Dictionary<string, IReadOnlyList<string>>? _documentDirectives;
    private ITypeSystemDefinitionNode? _typeSystemDefinition;

    public override RuleHooks Hooks => RuleHooks.EnterDirective | RuleHooks.EnterTypeSystemDefinition;

    protected override void OnStart()
    {
        foreach (var definition in Context.Document.Definitions)
        {
            if (definition is not DirectiveDefinitionNode directive) continue;
            var locations = new List<string>();
            foreach (var location in directive.Locations) locations.Add(location.Value);
            (_documentDirectives ??= new(StringComparer.Ordinal))[directive.Name.Value] = locations;
        }
    }

    public override void EnterTypeSystemDefinition(ITypeSystemDefinitionNode node)
    {
        if (node is TypeSystemNode or DirectiveDefinitionNode) _typeSystemDefinition = node;
    }

    public override void EnterDirective(DirectiveNode node, SyntaxNode owner)
    {
        var name = node.Name.Value;
        var location = LocationOf(owner);
        if (_documentDirectives is not null && _documentDirectives.TryGetValue(name, out var names))
        {
            if (location is not null && !Contains(names, location)) ReportMisplaced(node, name, location);
            return;
        }
        if (Context.Schema.GetDirective(name) is not { } definition)
        {
            ReportError($"Unknown directive \"@{name}\".", node);
            return;
        }
        if (location is null) return;
        foreach (var allowed in definition.Locations)
        {
            if (allowed.ToSpecName() == location) return;
        }
        ReportMisplaced(node, name, location);
    }

    private void ReportMisplaced(DirectiveNode node, string name, string location)
        => ReportError($"Directive \"@{name}\" may not be used on {location}.", node);

    private static bool Contains(IReadOnlyList<string> names, string location)
    {
        foreach (var name in names)
        {
            if (name == location) return true;
        }
        return false;
    }

    private string? LocationOf(SyntaxNode owner) => owner.Kind switch
    {
        SyntaxKind.OperationDefinition => ((OperationDefinitionNode)owner).Operation switch
        {
            OperationType.Query => "QUERY",
            OperationType.Mutation => "MUTATION",
            _ => "SUBSCRIPTION",
        },
        SyntaxKind.Field => "FIELD",
        SyntaxKind.FragmentSpread => "FRAGMENT_SPREAD",
        SyntaxKind.InlineFragment => "INLINE_FRAGMENT",
        SyntaxKind.FragmentDefinition => "FRAGMENT_DEFINITION",
        SyntaxKind.VariableDefinition => "VARIABLE_DEFINITION",
        SyntaxKind.SchemaDefinition or SyntaxKind.SchemaExtension => "SCHEMA",
        SyntaxKind.ScalarTypeDefinition or SyntaxKind.ScalarTypeExtension => "SCALAR",
        SyntaxKind.ObjectTypeDefinition or SyntaxKind.ObjectTypeExtension => "OBJECT",
        SyntaxKind.FieldDefinition => "FIELD_DEFINITION",
        SyntaxKind.InterfaceTypeDefinition or SyntaxKind.InterfaceTypeExtension => "INTERFACE",
        SyntaxKind.UnionTypeDefinition or SyntaxKind.UnionTypeExtension => "UNION",
        SyntaxKind.EnumTypeDefinition or SyntaxKind.EnumTypeExtension => "ENUM",
        SyntaxKind.EnumValueDefinition => "ENUM_VALUE",
        SyntaxKind.InputObjectTypeDefinition or SyntaxKind.InputObjectTypeExtension => "INPUT_OBJECT",
        SyntaxKind.InputValueDefinition => _typeSystemDefinition is InputObjectTypeDefinitionNode
            ? "INPUT_FIELD_DEFINITION"
            : "ARGUMENT_DEFINITION",
        _ => null,
    };
}
