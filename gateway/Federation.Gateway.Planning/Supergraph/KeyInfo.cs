using Federation.GraphQL.Language;

namespace Federation.Gateway.Planning.Supergraph;

/// <summary>An @key of a type in one subgraph.</summary>
public sealed record KeyInfo(string Graph, SelectionSetNode Fields, string Text, bool Resolvable);
