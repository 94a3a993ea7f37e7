using Federation.GraphQL;

namespace Federation.Composition.Config;

/// <summary>Input that cannot be composed at all (a bad supergraph.yaml, an unreachable subgraph), as a coded error.</summary>
public sealed class CompositionInputException(GraphQLError error) : GraphQLException(error);
