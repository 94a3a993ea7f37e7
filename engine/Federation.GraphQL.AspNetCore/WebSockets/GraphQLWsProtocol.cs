namespace Federation.GraphQL.AspNetCore.WebSockets;

/// <summary>Names and close codes of the graphql-transport-ws subprotocol (the graphql-ws library's PROTOCOL.md).</summary>
internal static class GraphQLWsProtocol
{
    public const string SubProtocol = "graphql-transport-ws";

    public const string ConnectionInit = "connection_init";
    public const string ConnectionAck = "connection_ack";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Next = "next";
    public const string Error = "error";
    public const string Complete = "complete";
}

/// <summary>Close codes used by the server (4xxx are the subprotocol's, the rest RFC 6455's).</summary>
internal static class GraphQLWsCloseCodes
{
    public const int NormalClosure = 1000;
    public const int GoingAway = 1001;
    public const int MessageTooBig = 1009;
    public const int InternalServerError = 4500;
    public const int BadRequest = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int ConnectionInitialisationTimeout = 4408;
    public const int SubscriberAlreadyExists = 4409;
    public const int TooManyInitialisationRequests = 4429;
}

internal enum GraphQLWsMessageType
{
    ConnectionInit,
    ConnectionAck,
    Ping,
    Pong,
    Subscribe,
    Next,
    Error,
    Complete,
}

/// <summary>A message received from the client, validated as the protocol requires for its type.</summary>
internal sealed class GraphQLWsClientMessage
{
    public required GraphQLWsMessageType Type { get; init; }

    /// <summary>The operation id (subscribe, complete).</summary>
    public string? Id { get; init; }

    /// <summary>The payload of connection_init, ping and pong (null when absent or null).</summary>
    public IReadOnlyDictionary<string, object?>? Payload { get; init; }

    /// <summary>The request of a subscribe message.</summary>
    public GraphQLWsSubscribePayload? Subscribe { get; init; }
}

internal sealed class GraphQLWsSubscribePayload
{
    public required string Query { get; init; }

    public string? OperationName { get; init; }

    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
}
