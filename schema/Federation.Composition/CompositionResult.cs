using Federation.GraphQL;

namespace Federation.Composition;

/// <summary>
/// The outcome of <see cref="Composer.Compose"/>: the supergraph SDL when there are no errors, else every error found
/// (Apollo's codes in <see cref="GraphQLError.Code"/>, the subgraph in <see cref="GraphQLError.Source"/>), plus hints.
/// </summary>
public sealed class CompositionResult
{
    internal CompositionResult(string? supergraphSdl, string? apiSchemaSdl, IReadOnlyList<GraphQLError> errors, IReadOnlyList<GraphQLError> hints)
    {
        SupergraphSdl = supergraphSdl;
        ApiSchemaSdl = apiSchemaSdl;
        Errors = errors;
        Hints = hints;
    }

    public string? SupergraphSdl { get; }

    /// <summary>The API schema (what clients see: no join definitions, nothing @inaccessible) when there are no errors.</summary>
    public string? ApiSchemaSdl { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    public IReadOnlyList<GraphQLError> Hints { get; }

    public bool Succeeded => Errors.Count == 0 && SupergraphSdl is not null;
}
