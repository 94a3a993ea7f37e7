using Federation.GraphQL.Utilities;
using Federation.GraphQL.Language;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.1 Argument Names: each argument is defined by the field or directive.</summary>
public sealed class KnownArgumentNamesRule : ValidationRule
{
    private Dictionary<string, List<string>>? _documentDirectiveArguments;
    private int _directiveDepth;

    public override RuleHooks Hooks => RuleHooks.EnterDirective | RuleHooks.LeaveDirective | RuleHooks.EnterArgument;

    protected override void OnStart()
    {
        foreach (var definition in Context.Document.Definitions)
        {
            if (definition is not DirectiveDefinitionNode directive) continue;
            var names = new List<string>();
            foreach (var argument in directive.Arguments) names.Add(argument.Name.Value);
            (_documentDirectiveArguments ??= new(StringComparer.Ordinal))[directive.Name.Value] = names;
        }
    }

    public override void EnterDirective(DirectiveNode node, SyntaxNode owner)
    {
        _directiveDepth++;
        var name = node.Name.Value;
        List<string> known;
        if (_documentDirectiveArguments is not null && _documentDirectiveArguments.TryGetValue(name, out var documentArguments))
        {
            known = documentArguments;
        }
        else if (Context.Schema.GetDirective(name) is { } definition)
        {
            known = new List<string>(definition.Arguments.Count);
            foreach (var argument in definition.Arguments) known.Add(argument.Name);
        }
        else
        {
            return;
        }
        foreach (var argument in node.Arguments)
        {
            var argName = argument.Name.Value;
            if (known.Contains(argName)) continue;
            var suggestion = Context.HideSuggestions ? string.Empty : Suggestions.DidYouMean(Suggestions.List(argName, known));
            ReportError($"Unknown argument \"{argName}\" on directive \"@{name}\"." + suggestion, argument);
        }
    }

    public override void LeaveDirective(DirectiveNode node, SyntaxNode owner) => _directiveDepth--;

    public override void EnterArgument(ArgumentNode node)
    {
        // Directive arguments were checked on the directive.
        if (_directiveDepth > 0) return;
        var typeInfo = Context.TypeInfo;
        if (typeInfo.Argument is not null || typeInfo.FieldDef is not { } fieldDef) return;
        var argName = node.Name.Value;
        var suggestion = string.Empty;
        if (!Context.HideSuggestions)
        {
            var names = new List<string>(fieldDef.Arguments.Count);
            foreach (var argument in fieldDef.Arguments) names.Add(argument.Name);
            suggestion = Suggestions.DidYouMean(Suggestions.List(argName, names));
        }
        ReportError($"Unknown argument \"{argName}\" on field \"{FieldCoordinate(typeInfo.ParentType?.Name, fieldDef.Name)}\"." + suggestion, node);
    }

    /// <summary>Type.field as graphql-js prints a field definition; meta-fields have no parent type.</summary>
    internal static string FieldCoordinate(string? parentTypeName, string fieldName)
        => (fieldName.StartsWith("__", StringComparison.Ordinal) ? "<meta>" : parentTypeName ?? "<meta>") + "." + fieldName;
}
