namespace Federation.Gateway.Execution.Http;

/// <summary>A subgraph request that gave no usable GraphQL response (HTTP error, not JSON, timeout, closed connection).</summary>
public sealed class SubgraphRequestException(string message) : Exception(message);
