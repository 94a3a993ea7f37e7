using System.Buffers;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;

namespace Federation.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// One graphql-transport-ws socket: waits for ConnectionInit (closing with 4408 past the timeout), asks
/// <see cref="GraphQLServerOptions.OnConnect"/>, acknowledges, then starts an operation per Subscribe and ends it on
/// Complete. Any way the socket ends (client close, protocol error, server stop, client gone) ends every operation.
/// </summary>
internal sealed class GraphQLWsConnection
{
    /// <summary>How long the server waits for the client's close frame after sending its own.</summary>
    internal static TimeSpan CloseHandshakeTimeout { get; set; } = TimeSpan.FromSeconds(5);

    private readonly WebSocket _socket;
    private readonly HttpContext _http;
    private readonly GraphQLServer _server;
    private readonly GraphQLWsOutbox _outbox;
    private readonly GraphQLWsOperationRegistry _operations = new();
    private readonly CancellationTokenSource _lifetime;
    private readonly Dictionary<string, object?> _contextData = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _closeDeadline = new();
    private volatile bool _initReceived;
    private volatile bool _acknowledged;

    public GraphQLWsConnection(WebSocket socket, HttpContext http, GraphQLServer server)
    {
        _socket = socket;
        _http = http;
        _server = server;
        _lifetime = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        _outbox = new GraphQLWsOutbox(SendAsync, SendCloseAsync);
    }

    /// <summary>Operations currently running on this socket.</summary>
    public int ActiveOperations => _operations.Count;

    public async Task RunAsync(CancellationToken serverStopping)
    {
        var writer = Task.Run(() => _outbox.RunAsync(_http.RequestAborted));
        using var stopping = serverStopping.Register(static c => ((GraphQLWsConnection)c!).Close(GraphQLWsCloseCodes.GoingAway, "Server shutting down"), this);
        _ = WatchInitialisationAsync(_server.Options.ConnectionInitTimeout);
        try
        {
            await ReceiveAsync().ConfigureAwait(false);
        }
        finally
        {
            _lifetime.Cancel();
            await _operations.EndAllAsync().ConfigureAwait(false);
            _outbox.Abandon();
            try
            {
                await writer.WaitAsync(CloseHandshakeTimeout).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // A client that stopped reading holds the last send: aborting the socket below ends it.
            }
            if (_socket.State is not WebSocketState.Closed and not WebSocketState.Aborted) _socket.Abort();
            _lifetime.Dispose();
            _closeDeadline.Dispose();
        }
    }

    /// <summary>Closes the socket with <paramref name="code"/>: operations end at once, nothing queued is sent.</summary>
    public void Close(int code, string reason)
    {
        if (!_outbox.Close(code, reason)) return;
        try
        {
            _lifetime.Cancel();
            _closeDeadline.CancelAfter(CloseHandshakeTimeout);
        }
        catch (ObjectDisposedException)
        {
            // The connection already ended.
        }
    }

    private async Task ReceiveAsync()
    {
        var limit = _server.Options.MaxWebSocketMessageBytes;
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                ValueWebSocketReceiveResult received;
                try
                {
                    received = await _socket.ReceiveAsync(buffer.AsMemory(length), _closeDeadline.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
                {
                    return; // the client vanished, or did not answer our close in time
                }
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    // Answer the client's close (the handshake), or this was the answer to ours.
                    Close(GraphQLWsCloseCodes.NormalClosure, "");
                    return;
                }
                length += received.Count;
                if (_outbox.IsClosing)
                {
                    length = 0; // draining until the client answers our close
                    continue;
                }
                if (length > limit)
                {
                    Close(GraphQLWsCloseCodes.MessageTooBig, "Message too big");
                    length = 0;
                    continue;
                }
                if (!received.EndOfMessage) continue;
                await HandleAsync(buffer.AsMemory(0, length)).ConfigureAwait(false);
                length = 0;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async ValueTask HandleAsync(ReadOnlyMemory<byte> utf8)
    {
        if (!GraphQLWsMessageParser.TryParse(utf8, out var message, out var error))
        {
            Close(GraphQLWsCloseCodes.BadRequest, error!);
            return;
        }
        switch (message!.Type)
        {
            case GraphQLWsMessageType.ConnectionInit:
                await InitialiseAsync(message.Payload).ConfigureAwait(false);
                break;
            case GraphQLWsMessageType.Ping:
                _outbox.TryEnqueue(GraphQLWsMessageWriter.Pong(message.Payload));
                break;
            case GraphQLWsMessageType.Pong:
                break; // an answer to our ping, or a unidirectional heartbeat
            case GraphQLWsMessageType.Subscribe:
                Subscribe(message.Id!, message.Subscribe!);
                break;
            case GraphQLWsMessageType.Complete:
                _operations.Complete(message.Id!);
                break;
        }
    }

    private async ValueTask InitialiseAsync(IReadOnlyDictionary<string, object?>? payload)
    {
        if (_initReceived)
        {
            Close(GraphQLWsCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }
        _initReceived = true;
        if (payload is not null) _contextData[GraphQLConnectionContext.PayloadKey] = payload;
        var context = new GraphQLConnectionContext(_http, payload, _contextData);
        if (_server.Options.OnConnect is { } onConnect)
        {
            bool accepted;
            try
            {
                accepted = await onConnect(context).ConfigureAwait(false);
            }
            catch (Exception)
            {
                Close(GraphQLWsCloseCodes.InternalServerError, "Internal server error");
                return;
            }
            if (!accepted)
            {
                Close(GraphQLWsCloseCodes.Forbidden, "Forbidden");
                return;
            }
        }
        _acknowledged = true;
        _outbox.TryEnqueue(GraphQLWsMessageWriter.ConnectionAck(context.AcknowledgementPayload));
        if (_server.Options.KeepAliveInterval is { } interval && interval > TimeSpan.Zero) _ = KeepAliveAsync(interval);
    }

    private void Subscribe(string id, GraphQLWsSubscribePayload payload)
    {
        if (!_acknowledged)
        {
            Close(GraphQLWsCloseCodes.Unauthorized, "Unauthorized");
            return;
        }
        var operation = new GraphQLWsOperation(id, _outbox, _server.Options.SubscriptionBuffer, _lifetime.Token);
        if (!_operations.TryAdd(operation))
        {
            operation.Dispose();
            Close(GraphQLWsCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }
        operation.Completion = GraphQLWsOperationExecution.RunAsync(operation, payload, _server.Executor, _http.RequestServices,
            _contextData, _operations);
    }

    private async Task WatchInitialisationAsync(TimeSpan timeout)
    {
        if (timeout <= TimeSpan.Zero || timeout == Timeout.InfiniteTimeSpan) return;
        try
        {
            await Task.Delay(timeout, _lifetime.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        if (!_initReceived) Close(GraphQLWsCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
    }

    private async Task KeepAliveAsync(TimeSpan interval)
    {
        try
        {
            using var timer = new PeriodicTimer(interval);
            while (await timer.WaitForNextTickAsync(_lifetime.Token).ConfigureAwait(false))
            {
                if (!_outbox.TryEnqueue(GraphQLWsMessageWriter.Ping())) return;
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended.
        }
    }

    private ValueTask SendAsync(ReadOnlyMemory<byte> utf8, CancellationToken cancellationToken)
        => _socket.SendAsync(utf8, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private Task SendCloseAsync(int code, string reason, CancellationToken cancellationToken)
        => _socket.State is WebSocketState.Open or WebSocketState.CloseReceived
            ? _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, cancellationToken)
            : Task.CompletedTask;
}
