using Federation.GraphQL.Execution;

namespace Federation.Subgraph;

/// <summary>Resolves one entity from its representation (<c>{ "__typename": "Product", "upc": "1" }</c>); null when there is none.</summary>
public delegate ValueTask<object?> ReferenceResolver(IReadOnlyDictionary<string, object?> representation, IResolverContext context);

/// <summary>
/// Resolves every representation of one type in one call; answers one entity (or null) per representation, in order.
/// </summary>
public delegate ValueTask<IReadOnlyList<object?>> BatchReferenceResolver(IReadOnlyList<IReadOnlyDictionary<string, object?>> representations, IResolverContext context);
