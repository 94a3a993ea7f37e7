using System.Collections.Concurrent;
using Federation.GraphQL.AspNetCore.WebSockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Federation.GraphQL.AspNetCore;

/// <summary>
/// GraphQL over WebSocket with the graphql-transport-ws subprotocol. A client that does not offer the subprotocol is
/// accepted and closed at once with 4406 (as graphql-ws's server does), so it learns why. When the application stops,
/// every open socket is closed with 1001 Going Away.
/// </summary>
internal sealed class GraphQLWebSocketHandler
{
    private readonly GraphQLServer _server;
    private readonly CancellationToken _stopping;
    private readonly ConcurrentDictionary<GraphQLWsConnection, byte> _connections = new();

    public GraphQLWebSocketHandler(GraphQLServer server, IHostApplicationLifetime? lifetime = null)
    {
        _server = server;
        _stopping = lifetime?.ApplicationStopping ?? CancellationToken.None;
    }

    /// <summary>Open sockets (for tests and health checks).</summary>
    public int ConnectionCount => _connections.Count;

    /// <summary>Operations running over all open sockets.</summary>
    public int OperationCount
    {
        get
        {
            var count = 0;
            foreach (var connection in _connections.Keys) count += connection.ActiveOperations;
            return count;
        }
    }

    public async Task HandleAsync(HttpContext context)
    {
        var offered = context.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLWsProtocol.SubProtocol);
        using var socket = await context.WebSockets.AcceptWebSocketAsync(offered ? GraphQLWsProtocol.SubProtocol : null).ConfigureAwait(false);
        if (!offered)
        {
            await RefuseAsync(socket, context.RequestAborted).ConfigureAwait(false);
            return;
        }
        var connection = new GraphQLWsConnection(socket, context, _server);
        _connections.TryAdd(connection, 0);
        try
        {
            await connection.RunAsync(_stopping).ConfigureAwait(false);
        }
        finally
        {
            _connections.TryRemove(connection, out _);
        }
    }

    private static async Task RefuseAsync(System.Net.WebSockets.WebSocket socket, CancellationToken aborted)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(aborted);
            timeout.CancelAfter(GraphQLWsConnection.CloseHandshakeTimeout);
            await socket.CloseAsync((System.Net.WebSockets.WebSocketCloseStatus)GraphQLWsCloseCodes.SubprotocolNotAcceptable,
                "Subprotocol not acceptable", timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or System.Net.WebSockets.WebSocketException or IOException)
        {
            socket.Abort();
        }
    }
}
