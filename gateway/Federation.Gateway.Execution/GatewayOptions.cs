namespace Federation.Gateway.Execution;

/// <summary>Options of the gateway executor (section "Gateway" of appsettings.json).</summary>
public sealed class GatewayOptions
{
    /// <summary>How long one subgraph request may take before its part of the response is an error.</summary>
    public TimeSpan SubgraphTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Identical subgraph queries in flight at the same time share one request (never mutations).</summary>
    public bool DeduplicateInflight { get; set; } = true;

    /// <summary>Maximum keep-alive connections per subgraph.</summary>
    public int MaxConnectionsPerSubgraph { get; set; } = 256;

    /// <summary>Subgraph URLs that replace those of the supergraph, by subgraph name.</summary>
    public Dictionary<string, string> SubgraphUrls { get; set; } = new(StringComparer.Ordinal);
}
