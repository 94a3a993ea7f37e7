using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>Spec 3.9 Enums: values are uniquely named across the definition and its extensions.</summary>
public sealed class UniqueEnumValueNamesRule : SdlRule
{
    private readonly Dictionary<string, Dictionary<string, NameNode>> _known = new(StringComparer.Ordinal);

    public override bool Enter(SyntaxNode node, SdlValidationContext context)
    {
        if (node is not EnumTypeDefinitionNode enumNode) return true;
        var typeName = enumNode.Name.Value;
        if (!_known.TryGetValue(typeName, out var names)) _known[typeName] = names = new(StringComparer.Ordinal);
        foreach (var value in enumNode.Values)
        {
            if (names.TryGetValue(value.Name.Value, out var existing))
            {
                context.Report($"Enum value \"{typeName}.{value.Name.Value}\" can only be defined once.", existing, value.Name);
            }
            else
            {
                names[value.Name.Value] = value.Name;
            }
        }
        return false;
    }
}
