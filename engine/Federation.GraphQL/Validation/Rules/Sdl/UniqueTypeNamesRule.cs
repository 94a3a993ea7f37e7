using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>Spec 3.4 Types: all named types are uniquely named.</summary>
public sealed class UniqueTypeNamesRule : SdlRule
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override bool Enter(SyntaxNode node, SdlValidationContext context)
    {
        if (node is not ITypeDefinitionNode { IsExtension: false } definition) return true;
        var name = definition.Name.Value;
        if (_known.TryGetValue(name, out var existing)) context.Report($"There can be only one type named \"{name}\".", existing, definition.Name);
        else _known[name] = definition.Name;
        return false;
    }
}
