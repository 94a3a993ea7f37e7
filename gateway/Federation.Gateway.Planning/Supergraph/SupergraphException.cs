namespace Federation.Gateway.Planning.Supergraph;

/// <summary>A supergraph that cannot be served (not a supergraph, or its API schema does not build).</summary>
public sealed class SupergraphException(string message, Exception? inner = null) : Exception(message, inner);
