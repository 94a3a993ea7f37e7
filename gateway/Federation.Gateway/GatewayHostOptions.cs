using Federation.Gateway.Execution;

namespace Federation.Gateway;

/// <summary>The gateway host's options: section "Gateway" of appsettings.json (or Gateway__Supergraph etc. in the environment).</summary>
public sealed class GatewayHostOptions
{
    /// <summary>Path of the supergraph SDL file.</summary>
    public string? Supergraph { get; set; }

    /// <summary>Reload the supergraph when its file changes.</summary>
    public bool WatchSupergraph { get; set; } = true;

    /// <summary>Path of the GraphQL endpoint.</summary>
    public string Path { get; set; } = "/graphql";

    /// <summary>Largest request body the endpoint reads (413 beyond it).</summary>
    public int MaxRequestBodyBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Progressive @override labels that are on.</summary>
    public List<string> OverrideLabels { get; set; } = [];

    public GatewayOptions Execution { get; set; } = new();
}
