using Federation.GraphQL;
using Federation.GraphQL.Language;

namespace Federation.Composition;

/// <summary>Collects errors and hints of every phase (Apollo's codes, reference-errors.mdx and reference-composition-hints).</summary>
internal sealed class Diagnostics
{
    public List<GraphQLError> Errors { get; } = [];

    public List<GraphQLError> Hints { get; } = [];

    public void Error(string code, string message, string? subgraph = null, SyntaxNode? node = null)
        => Errors.Add(Make(code, message, subgraph, node));

    public void Hint(string code, string message, string? subgraph = null, SyntaxNode? node = null)
        => Hints.Add(Make(code, message, subgraph, node));

    private static GraphQLError Make(string code, string message, string? subgraph, SyntaxNode? node)
        => (node is null ? new GraphQLError(message) : GraphQLError.At(message, node)).WithCode(code).WithSource(subgraph);
}
