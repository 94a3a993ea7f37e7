using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>Spec 3.6, 3.7, 3.10: fields are uniquely named across a type's definition and extensions.</summary>
public sealed class UniqueFieldDefinitionNamesRule : SdlRule
{
    private readonly Dictionary<string, Dictionary<string, NameNode>> _known = new(StringComparer.Ordinal);

    public override bool Enter(SyntaxNode node, SdlValidationContext context)
    {
        IEnumerable<NameNode>? fieldNames = node switch
        {
            IComplexTypeDefinitionNode complex => complex.Fields.Select(f => f.Name),
            InputObjectTypeDefinitionNode input => input.Fields.Select(f => f.Name),
            _ => null,
        };
        if (fieldNames is null) return true;
        var typeName = ((INamedSyntaxNode)node).Name.Value;
        if (!_known.TryGetValue(typeName, out var names)) _known[typeName] = names = new(StringComparer.Ordinal);
        foreach (var name in fieldNames)
        {
            if (names.TryGetValue(name.Value, out var existing))
            {
                context.Report($"Field \"{typeName}.{name.Value}\" can only be defined once.", existing, name);
            }
            else
            {
                names[name.Value] = name;
            }
        }
        return false;
    }
}
