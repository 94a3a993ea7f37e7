using Federation.GraphQL.Language;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.3 Directives Are Unique per Location: a non-repeatable directive appears at most once on a node.</summary>
public sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    private Dictionary<string, bool>? _documentUnique;
    private readonly Dictionary<string, DirectiveNode> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _seenByTypeSystemName = new(StringComparer.Ordinal);

    public override RuleHooks Hooks => RuleHooks.EnterOperation | RuleHooks.EnterVariableDefinition | RuleHooks.EnterField
        | RuleHooks.EnterFragmentSpread | RuleHooks.EnterInlineFragment | RuleHooks.EnterFragmentDefinition
        | RuleHooks.EnterTypeSystemDefinition;

    protected override void OnStart()
    {
        foreach (var definition in Context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                (_documentUnique ??= new(StringComparer.Ordinal))[directive.Name.Value] = !directive.Repeatable;
            }
        }
    }

    public override void EnterOperation(OperationDefinitionNode node) => Check(node.Directives);
    public override void EnterVariableDefinition(VariableDefinitionNode node) => Check(node.Directives);
    public override void EnterField(FieldNode node) => Check(node.Directives);
    public override void EnterFragmentSpread(FragmentSpreadNode node) => Check(node.Directives);
    public override void EnterInlineFragment(InlineFragmentNode node) => Check(node.Directives);
    public override void EnterFragmentDefinition(FragmentDefinitionNode node) => Check(node.Directives);

    public override void EnterTypeSystemDefinition(ITypeSystemDefinitionNode node)
    {
        // Definitions and extensions of one type (or of the schema) count as one location.
        var key = node switch
        {
            SchemaDefinitionNode or SchemaExtensionNode => "schema",
            INamedSyntaxNode named and TypeSystemNode => "type:" + named.Name.Value,
            DirectiveDefinitionNode directive => "directive:" + directive.Name.Value,
            _ => null,
        };
        if (key is null)
        {
            Check(node.Directives);
            return;
        }
        if (!_seenByTypeSystemName.TryGetValue(key, out var seen)) _seenByTypeSystemName[key] = seen = new(StringComparer.Ordinal);
        Check(node.Directives, seen);
    }

    private void Check(IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count < 2) return;
        _seen.Clear();
        Check(directives, _seen);
    }

    private void Check(IReadOnlyList<DirectiveNode> directives, Dictionary<string, DirectiveNode> seen)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!IsUnique(name)) continue;
            if (seen.TryGetValue(name, out var first))
            {
                ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }
    }

    private bool IsUnique(string name)
    {
        if (_documentUnique is not null && _documentUnique.TryGetValue(name, out var unique)) return unique;
        return Context.Schema.GetDirective(name) is { IsRepeatable: false };
    }
}
