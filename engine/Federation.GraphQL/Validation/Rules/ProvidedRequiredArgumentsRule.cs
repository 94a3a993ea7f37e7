using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.3 Required Arguments: non-null arguments without default are given (on fields and directives).</summary>
public sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    private Dictionary<string, List<InputValueDefinitionNode>>? _documentDirectives;

    public override RuleHooks Hooks => RuleHooks.LeaveField | RuleHooks.LeaveDirective;

    protected override void OnStart()
    {
        foreach (var definition in Context.Document.Definitions)
        {
            if (definition is not DirectiveDefinitionNode directive) continue;
            var required = new List<InputValueDefinitionNode>();
            foreach (var argument in directive.Arguments)
            {
                if (argument.Type is NonNullTypeNode && argument.DefaultValue is null) required.Add(argument);
            }
            (_documentDirectives ??= new(StringComparer.Ordinal))[directive.Name.Value] = required;
        }
    }

    public override void LeaveField(FieldNode node)
    {
        if (Context.TypeInfo.FieldDef is not { } fieldDef || fieldDef.Arguments.Count == 0) return;
        foreach (var argument in fieldDef.Arguments)
        {
            if (!argument.IsRequired() || IsProvided(node.Arguments, argument.Name)) continue;
            var coordinate = KnownArgumentNamesRule.FieldCoordinate(Context.TypeInfo.ParentType?.Name, fieldDef.Name);
            ReportError($"Argument \"{coordinate}({argument.Name}:)\" of type \"{argument.Type}\" is required, but it was not provided.", node);
        }
    }

    public override void LeaveDirective(DirectiveNode node, SyntaxNode owner)
    {
        var name = node.Name.Value;
        if (_documentDirectives is not null && _documentDirectives.TryGetValue(name, out var required))
        {
            foreach (var argument in required)
            {
                if (IsProvided(node.Arguments, argument.Name.Value)) continue;
                ReportMissing(node, name, argument.Name.Value, argument.Type.Print());
            }
            return;
        }
        if (Context.Schema.GetDirective(name) is not { } definition) return;
        foreach (var argument in definition.Arguments)
        {
            if (!argument.IsRequired() || IsProvided(node.Arguments, argument.Name)) continue;
            ReportMissing(node, name, argument.Name, argument.Type.ToString());
        }
    }

    private void ReportMissing(DirectiveNode node, string directiveName, string argumentName, string type)
        => ReportError($"Argument \"@{directiveName}({argumentName}:)\" of type \"{type}\" is required, but it was not provided.", node);

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name) return true;
        }
        return false;
    }
}
