using Federation.GraphQL.Language;
using Federation.GraphQL.Utilities;

namespace Federation.GraphQL.Types;

/// <summary>Spec 3.4.3 Type Extensions: an extension extends a defined type of the same kind.</summary>
public sealed class PossibleTypeExtensionsRule(SdlValidationContext context) : SdlRule
{
    private readonly Dictionary<string, ITypeDefinitionNode> _defined = Definitions(context.Document);

    private static Dictionary<string, ITypeDefinitionNode> Definitions(DocumentNode document)
    {
        var map = new Dictionary<string, ITypeDefinitionNode>(StringComparer.Ordinal);
        foreach (var d in document.Definitions.OfType<ITypeDefinitionNode>().Where(d => !d.IsExtension)) map[d.Name.Value] = d;
        return map;
    }

    public override bool Enter(SyntaxNode node, SdlValidationContext context)
    {
        if (node is not ITypeDefinitionOrExtensionNode { IsExtension: true } extension) return true;
        var name = extension.Name.Value;
        if (_defined.TryGetValue(name, out var definition))
        {
            if (definition.GetType() != extension.GetType())
            {
                context.Report($"Cannot extend non-{KindName(extension)} type \"{name}\".", definition as SyntaxNode, node);
            }
        }
        else if (!context.AdditionalTypeNames.Contains(name))
        {
            context.Report($"Cannot extend type \"{name}\" because it is not defined." + Suggestions.DidYouMean(Suggestions.List(name, _defined.Keys)),
                extension.Name);
        }
        return true;
    }

    private static string KindName(ITypeDefinitionOrExtensionNode node) => node switch
    {
        ScalarTypeDefinitionNode => "scalar",
        ObjectTypeDefinitionNode => "object",
        InterfaceTypeDefinitionNode => "interface",
        UnionTypeDefinitionNode => "union",
        EnumTypeDefinitionNode => "enum",
        _ => "input object",
    };
}
