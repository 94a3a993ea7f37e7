namespace Federation.Gateway.Planning.Supergraph;

/// <summary>A subgraph named by the supergraph's join__Graph enum (@join__graph(name, url)).</summary>
public sealed record SubgraphInfo(string Id, string Name, string Url);
