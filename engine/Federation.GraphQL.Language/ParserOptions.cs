namespace Federation.GraphQL.Language;

/// <summary>
/// Limits that protect the parser against hostile documents. Exceeding one raises <see cref="GraphQLSyntaxException"/>.
/// </summary>
public sealed class ParserOptions
{
    public static readonly ParserOptions Default = new();

    /// <summary>
    /// For documents from a trusted source, such as schema files: no token or size limit. Nesting is still limited by
    /// <see cref="MaxDepth"/>, and deeper recursion than the stack allows is always reported as a syntax error.
    /// </summary>
    public static readonly ParserOptions TrustedSource = new() { MaxTokens = int.MaxValue, MaxDocumentBytes = int.MaxValue };

    /// <summary>Do not record <see cref="SyntaxNode.Location"/> on nodes.</summary>
    public bool NoLocations { get; init; }

    /// <summary>Maximum number of lexical tokens (comments and the end of file not counted), as graphql-js's maxTokens. Default 15,000.</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>
    /// Maximum nesting of selection sets, list and object values and list types. Default 128: far more than any real
    /// query needs (the introspection query nests about 10 levels), and low enough that recursion never exhausts the stack.
    /// </summary>
    public int MaxDepth { get; init; } = 128;

    /// <summary>Maximum size of the UTF-8 document in bytes. Default 1 MiB.</summary>
    public int MaxDocumentBytes { get; init; } = 1024 * 1024;

    /// <summary>Accept `{ }` as an empty selection set (graphql-js 17 does by default; the spec requires Selection+). Default false.</summary>
    public bool AllowEmptySelectionSets { get; init; }
}
