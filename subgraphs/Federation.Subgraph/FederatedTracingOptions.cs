namespace Federation.Subgraph;

/// <summary>Federated tracing (ftv1) of a served subgraph: on by default with <c>AddFederation()</c>.</summary>
public sealed class FederatedTracingOptions
{
    /// <summary>Answer <c>extensions.ftv1</c> when the gateway sends <c>apollo-federation-include-trace: ftv1</c>.</summary>
    public bool Enabled { get; set; } = true;
}
