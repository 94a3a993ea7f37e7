using Federation.GraphQL.Language;
using Federation.GraphQL.Utilities;

namespace Federation.GraphQL.Types;

/// <summary>Spec 3.4 Types: every referenced type is defined (in the document, built in, or supplied in code).</summary>
public sealed class SdlKnownTypeNamesRule(SdlValidationContext context) : SdlRule
{
    private static readonly string[] StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    private readonly HashSet<string> _defined = context.Document.Definitions.OfType<ITypeDefinitionNode>()
        .Where(d => !d.IsExtension).Select(d => d.Name.Value).Concat(context.AdditionalTypeNames).ToHashSet(StringComparer.Ordinal);

    public override bool Enter(SyntaxNode node, SdlValidationContext context)
    {
        if (node is not NamedTypeNode named) return true;
        var name = named.Name.Value;
        if (_defined.Contains(name)) return true;
        var definition = context.Ancestors.Count > 1 ? context.Ancestors[1] : context.Ancestors[^1];
        var isSdl = definition is ITypeSystemDefinitionNode;
        if (isSdl && StandardTypeNames.Contains(name)) return true;
        var options = isSdl ? StandardTypeNames.Concat(_defined).Distinct() : _defined;
        context.Report($"Unknown type \"{name}\"." + Suggestions.DidYouMean(Suggestions.List(name, options)), named);
        return true;
    }
}
