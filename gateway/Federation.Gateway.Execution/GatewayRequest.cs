namespace Federation.Gateway.Execution;

/// <summary>A client's GraphQL request to the gateway.</summary>
public sealed class GatewayRequest
{
    public required string Query { get; init; }
    public string? OperationName { get; init; }

    /// <summary>Variables as decoded from JSON (maps, lists, strings, long/double numbers, booleans).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The client's W3C trace context, forwarded to every subgraph.</summary>
    public string? Traceparent { get; init; }

    public CancellationToken CancellationToken { get; init; }
}
