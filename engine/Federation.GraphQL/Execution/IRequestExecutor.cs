namespace Federation.GraphQL.Execution;

/// <summary>
/// What the transports (HTTP, WebSocket, SSE) need of an executor: the schema clients see, documents parsed and
/// validated through a cache, and the execution of queries, mutations and subscriptions (spec 6.1 ExecuteRequest).
/// <see cref="RequestExecutor"/> runs a schema's resolvers; a gateway runs query plans behind the same interface.
/// </summary>
public interface IRequestExecutor
{
    /// <summary>The schema clients see and introspect.</summary>
    Types.Schema Schema { get; }

    /// <summary>Parses and validates a document through the executor's cache (the key is the SHA-256 of its UTF-8 text).</summary>
    PreparedDocument GetDocument(string query);

    /// <summary>The same for a document given as UTF-8 bytes (as read from a request body): hashed and parsed without decoding.</summary>
    PreparedDocument GetDocument(ReadOnlyMemory<byte> utf8Query);

    /// <summary>Executes a query or mutation. Request errors give a result without data; field errors a partial result.</summary>
    ValueTask<ExecutionResult> ExecuteAsync(ExecutionRequest request);

    /// <summary>Spec 6.2.3 Subscribe: a source stream mapped to response events, or one result when it cannot start.</summary>
    ValueTask<SubscriptionResult> SubscribeAsync(ExecutionRequest request);
}
