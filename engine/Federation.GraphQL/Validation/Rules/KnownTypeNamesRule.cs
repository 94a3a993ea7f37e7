using Federation.GraphQL.Utilities;
using Federation.GraphQL.Language;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.2 Fragment Spread Type Existence and 5.8.2: every named type in the document exists in the schema.</summary>
public sealed class KnownTypeNamesRule : ValidationRule
{
    private HashSet<string>? _definedTypeNames;
    private bool _inTypeSystem;

    public override RuleHooks Hooks => RuleHooks.EnterNamedType | RuleHooks.EnterOperation
        | RuleHooks.EnterFragmentDefinition | RuleHooks.EnterTypeSystemDefinition;

    public override void EnterOperation(OperationDefinitionNode node) => _inTypeSystem = false;

    public override void EnterFragmentDefinition(FragmentDefinitionNode node) => _inTypeSystem = false;

    public override void EnterTypeSystemDefinition(ITypeSystemDefinitionNode node) => _inTypeSystem = true;

    public override void EnterNamedType(NamedTypeNode node)
    {
        var typeName = node.Name.Value;
        if (Context.Schema.GetType(typeName) is not null) return;
        _definedTypeNames ??= DefinedTypeNames();
        if (_definedTypeNames.Contains(typeName)) return;
        if (_inTypeSystem && IsStandardTypeName(typeName)) return;
        var suggestions = Array.Empty<string>() as IReadOnlyList<string>;
        if (!Context.HideSuggestions)
        {
            var names = new List<string>();
            if (_inTypeSystem) names.AddRange(StandardTypeNames);
            foreach (var type in Context.Schema.Types) names.Add(type.Name);
            names.AddRange(_definedTypeNames);
            suggestions = Suggestions.List(typeName, names);
        }
        ReportError($"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(suggestions), node);
    }

    private static readonly string[] StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    private static bool IsStandardTypeName(string name) => Array.IndexOf(StandardTypeNames, name) >= 0;

    private HashSet<string> DefinedTypeNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in Context.Document.Definitions)
        {
            if (definition is ITypeDefinitionNode { IsExtension: false } typeDefinition) names.Add(typeDefinition.Name.Value);
        }
        return names;
    }
}
