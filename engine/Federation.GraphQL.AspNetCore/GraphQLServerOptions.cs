using Federation.GraphQL.Execution;
using Federation.GraphQL.Subscriptions;

namespace Federation.GraphQL.AspNetCore;

/// <summary>Options of the GraphQL endpoint (HTTP, WebSocket and SSE transports).</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>Largest accepted request body in bytes (HTTP POST, SSE reservations); larger bodies get 413. Default 1 MiB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Options of the executor the server builds: middleware, validation, the document cache and the parser's limits on
    /// request documents (<c>Executor.ParserOptions</c>: size, tokens, nesting depth). An executor given to
    /// <see cref="GraphQLServerBuilder.UseRequestExecutor"/> brings its own.
    /// </summary>
    public ExecutorOptions Executor { get; } = new();

    /// <summary>
    /// Deepest nesting of objects and arrays accepted in a request's JSON (POST body, GET <c>variables</c> and
    /// <c>extensions</c>); a deeper request is answered 400 naming this limit. Default 64.
    /// </summary>
    public int MaxJsonDepth
    {
        get => _maxJsonDepth;
        set => _maxJsonDepth = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxJsonDepth must be at least 1.");
    }

    private int _maxJsonDepth = Http.JsonRequestReader.DefaultMaxDepth;

    /// <summary>Accept a JSON array of requests in one POST (off by default, as the batching RFC suggests).</summary>
    public bool EnableBatching { get; set; }

    /// <summary>Largest batch accepted when <see cref="EnableBatching"/> is on.</summary>
    public int MaxBatchSize { get; set; } = 25;

    /// <summary>Serve GET requests for queries (mutations over GET are always refused with 405).</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>graphql-transport-ws: how long a socket may stay open without ConnectionInit before it is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>graphql-transport-ws: interval of server pings (null: the server does not ping).</summary>
    public TimeSpan? KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>graphql-transport-ws: largest accepted message in bytes; a larger one closes the socket with 1009. Default 1 MiB.</summary>
    public long MaxWebSocketMessageBytes { get; set; } = 1024 * 1024;

    /// <summary>Bounded buffering between a subscription's source and a slow client.</summary>
    public SubscriptionBufferOptions SubscriptionBuffer { get; } = new();

    /// <summary>
    /// Called when a WebSocket client sends ConnectionInit (or an SSE stream is reserved). Return false to refuse the
    /// connection (4403 Forbidden). Whatever it puts in the context data reaches every resolver of that connection.
    /// </summary>
    public Func<GraphQLConnectionContext, ValueTask<bool>>? OnConnect { get; set; }
}

/// <summary>What <see cref="GraphQLServerOptions.OnConnect"/> sees of a new connection.</summary>
public sealed class GraphQLConnectionContext
{
    public GraphQLConnectionContext(Microsoft.AspNetCore.Http.HttpContext httpContext,
        IReadOnlyDictionary<string, object?>? payload, IDictionary<string, object?> contextData)
    {
        HttpContext = httpContext;
        Payload = payload;
        ContextData = contextData;
    }

    /// <summary>The key under which the ConnectionInit payload is found in every operation's context data.</summary>
    public const string PayloadKey = "Federation.GraphQL.ConnectionPayload";

    public Microsoft.AspNetCore.Http.HttpContext HttpContext { get; }

    /// <summary>The ConnectionInit payload (graphql-transport-ws), if any.</summary>
    public IReadOnlyDictionary<string, object?>? Payload { get; }

    /// <summary>Copied into the context data of every operation on this connection.</summary>
    public IDictionary<string, object?> ContextData { get; }

    /// <summary>Sent as the payload of ConnectionAck (graphql-transport-ws) when set.</summary>
    public IReadOnlyDictionary<string, object?>? AcknowledgementPayload { get; set; }
}
