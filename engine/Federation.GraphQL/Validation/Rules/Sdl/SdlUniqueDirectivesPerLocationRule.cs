using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>Spec 3.13 Directives: a non-repeatable directive is applied at most once per location (a type and its extensions share one).</summary>
public sealed class SdlUniqueDirectivesPerLocationRule(SdlValidationContext context) : SdlRule
{
    private readonly Dictionary<string, bool> _unique =
        context.KnownDirectives().GroupBy(d => d.Name).ToDictionary(g => g.Key, g => !g.Last().Repeatable, StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);

    public override bool Enter(SyntaxNode node, SdlValidationContext context)
    {
        if (node is not IHasDirectives { Directives.Count: > 0 } withDirectives) return true;
        Dictionary<string, DirectiveNode> seen;
        switch (node)
        {
            case SchemaDefinitionNode or SchemaExtensionNode:
                seen = _schemaDirectives;
                break;
            case ITypeDefinitionOrExtensionNode type:
                if (!_typeDirectives.TryGetValue(type.Name.Value, out seen!)) _typeDirectives[type.Name.Value] = seen = new(StringComparer.Ordinal);
                break;
            default:
                seen = new(StringComparer.Ordinal);
                break;
        }
        foreach (var directive in withDirectives.Directives)
        {
            var name = directive.Name.Value;
            if (!_unique.GetValueOrDefault(name)) continue;
            if (seen.TryGetValue(name, out var first)) context.Report($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            else seen[name] = directive;
        }
        return true;
    }
}
