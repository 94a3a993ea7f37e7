using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>
/// Validates an SDL document before a schema is built from it (graphql-js validateSDL with specifiedSDLRules).
/// The rules see the document in one walk, in parallel, so errors come in graphql-js's order.
/// </summary>
public static class SdlValidator
{
    public static IReadOnlyList<GraphQLError> Validate(DocumentNode document) => Validate(document, []);

    /// <summary>Validates with extra known type names (scalars supplied in code rather than declared in the SDL).</summary>
    public static IReadOnlyList<GraphQLError> Validate(DocumentNode document, IEnumerable<string> additionalTypeNames)
    {
        var context = new SdlValidationContext(document, [.. additionalTypeNames]);
        SdlRule[] rules =
        [
            new LoneSchemaDefinitionRule(),
            new UniqueOperationTypesRule(),
            new UniqueTypeNamesRule(),
            new UniqueEnumValueNamesRule(),
            new UniqueFieldDefinitionNamesRule(),
            new UniqueArgumentDefinitionNamesRule(),
            new UniqueDirectiveNamesRule(),
            new SdlKnownTypeNamesRule(context),
            new SdlKnownDirectivesRule(context),
            new SdlUniqueDirectivesPerLocationRule(context),
            new PossibleTypeExtensionsRule(context),
            new KnownArgumentNamesOnDirectivesRule(context),
            new SdlUniqueArgumentNamesRule(),
            new SdlUniqueInputFieldNamesRule(),
            new ProvidedRequiredArgumentsOnDirectivesRule(context),
        ];
        var skipping = new SyntaxNode?[rules.Length];
        Walk(document, rules, skipping, context);
        return context.Errors;
    }

    private static void Walk(SyntaxNode node, SdlRule[] rules, SyntaxNode?[] skipping, SdlValidationContext context)
    {
        for (var i = 0; i < rules.Length; i++)
        {
            if (skipping[i] is null && !rules[i].Enter(node, context)) skipping[i] = node;
        }
        context.Ancestors.Add(node);
        foreach (var child in node.GetChildren()) Walk(child, rules, skipping, context);
        context.Ancestors.RemoveAt(context.Ancestors.Count - 1);
        for (var i = 0; i < rules.Length; i++)
        {
            if (skipping[i] is null) rules[i].Leave(node, context);
            else if (ReferenceEquals(skipping[i], node)) skipping[i] = null;
        }
    }
}

/// <summary>What SDL rules share: the document, the errors, and the ancestors of the node being visited.</summary>
public sealed class SdlValidationContext
{
    internal SdlValidationContext(DocumentNode document, HashSet<string> additionalTypeNames)
    {
        Document = document;
        AdditionalTypeNames = additionalTypeNames;
    }

    public DocumentNode Document { get; }
    public IReadOnlySet<string> AdditionalTypeNames { get; }
    public List<GraphQLError> Errors { get; } = [];

    /// <summary>From the document down to the parent of the current node.</summary>
    public List<SyntaxNode> Ancestors { get; } = [];

    public void Report(string message, params SyntaxNode?[] nodes) => Errors.Add(GraphQLError.At(message, nodes));

    /// <summary>The directive definitions of the document, then the specified ones it does not redefine.</summary>
    internal IEnumerable<(string Name, bool Repeatable, IReadOnlyList<(string Name, bool Required, string Type)> Args, IReadOnlyList<string> Locations)> KnownDirectives()
    {
        foreach (var std in BuiltInTypes.SpecifiedDirectives)
        {
            yield return (std.Name, std.IsRepeatable,
                std.Arguments.Select(a => (a.Name, a.Type is NonNullType && a.DefaultValue is null, a.Type.ToString())).ToList(),
                std.Locations.Select(l => l.ToSpecName()).ToList());
        }
        foreach (var def in Document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            yield return (def.Name.Value, def.Repeatable,
                def.Arguments.Select(a => (a.Name.Value, a.Type is NonNullTypeNode && a.DefaultValue is null, TypeText(a.Type))).ToList(),
                def.Locations.Select(l => l.Value).ToList());
        }
    }

    internal static string TypeText(ITypeNode type) => type switch
    {
        NamedTypeNode n => n.Name.Value,
        ListTypeNode l => "[" + TypeText(l.Type) + "]",
        NonNullTypeNode nn => TypeText(nn.Type) + "!",
        _ => "",
    };
}

/// <summary>One SDL validation rule: called on entering and leaving every node; returning false from Enter skips the node's children.</summary>
public abstract class SdlRule
{
    public virtual bool Enter(SyntaxNode node, SdlValidationContext context) => true;

    public virtual void Leave(SyntaxNode node, SdlValidationContext context) { }
}
