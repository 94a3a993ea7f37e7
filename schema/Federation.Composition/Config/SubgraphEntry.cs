namespace Federation.Composition.Config;

/// <summary>One subgraph of a <see cref="SupergraphConfig"/>: its name, routing URL and where its SDL comes from.</summary>
public sealed record SubgraphEntry(string Name, string RoutingUrl, string? File, string? SubgraphUrl);
