using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>Spec 3.13 Directives: directive definitions are uniquely named.</summary>
public sealed class UniqueDirectiveNamesRule : SdlRule
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override bool Enter(SyntaxNode node, SdlValidationContext context)
    {
        if (node is not DirectiveDefinitionNode directive) return true;
        var name = directive.Name.Value;
        if (_known.TryGetValue(name, out var existing)) context.Report($"There can be only one directive named \"@{name}\".", existing, directive.Name);
        else _known[name] = directive.Name;
        return false;
    }
}
