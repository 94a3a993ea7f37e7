using System.Net;
using Federation.Redis.Protocol;

namespace Federation.Redis.Connections;

/// <summary>
/// A long-lived, multiplexed connection to one Redis server. Concurrent callers share one socket (their commands are
/// pipelined); when the server goes away every pending call fails fast with <see cref="RedisConnectionException"/>
/// and the connection comes back by itself (exponential backoff with jitter).
/// </summary>
public sealed class RedisConnection : IRedisExecutor, IAsyncDisposable
{
    private readonly bool _subscriberMode;
    private readonly Action<RespValue>? _pushHandler;
    private readonly CancellationTokenSource _disposed = new();
    private RedisTransport? _transport;
    private Exception? _lastError;
    private int _reconnecting;

    private RedisConnection(RedisConnectionOptions options, EndPoint endPoint, bool subscriberMode, Action<RespValue>? pushHandler)
    {
        Options = options;
        EndPoint = endPoint;
        _subscriberMode = subscriberMode;
        _pushHandler = pushHandler;
    }

    public RedisConnectionOptions Options { get; }

    public EndPoint EndPoint { get; }

    public bool IsConnected => Volatile.Read(ref _transport) is { IsFailed: false };

    /// <summary>The RESP version in use (2 or 3), 0 while disconnected.</summary>
    public int Protocol => Volatile.Read(ref _transport) is { IsFailed: false } t ? t.Protocol : 0;

    /// <summary>Runs each time a new socket is ready, before other callers can use it (e.g. to resubscribe).</summary>
    internal Func<RedisTransport, CancellationToken, Task>? Connected { get; set; }

    /// <summary>Raised when the socket breaks.</summary>
    public event Action<Exception>? ConnectionFailed;

    /// <summary>Raised when the connection is back after a failure.</summary>
    public event Action? ConnectionRestored;

    public static Task<RedisConnection> ConnectAsync(string connectionString, CancellationToken cancellationToken = default) =>
        ConnectAsync(RedisConnectionOptions.Parse(connectionString), cancellationToken);

    public static Task<RedisConnection> ConnectAsync(RedisConnectionOptions options, CancellationToken cancellationToken = default) =>
        ConnectAsync(options, options.EndPoints[0], subscriberMode: false, pushHandler: null, connected: null, cancellationToken);

    internal static async Task<RedisConnection> ConnectAsync(RedisConnectionOptions options, EndPoint endPoint, bool subscriberMode,
        Action<RespValue>? pushHandler, Func<RedisTransport, CancellationToken, Task>? connected, CancellationToken cancellationToken)
    {
        var connection = new RedisConnection(options, endPoint, subscriberMode, pushHandler) { Connected = connected };
        try
        {
            var transport = await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (transport.IsFailed) connection.StartReconnect(); // broke before its failure handler was attached
        }
        catch (RedisException ex) when (!options.AbortOnConnectFail && ex is RedisConnectionException)
        {
            connection._lastError = ex;
            connection.StartReconnect();
        }
        return connection;
    }

    public Task<RespValue> SendAsync(ref CommandEncoder command, CancellationToken cancellationToken = default) =>
        SendAsync(ref command, cancellationToken, expectsReply: true);

    internal Task<RespValue> SendAsync(ref CommandEncoder command, CancellationToken cancellationToken, bool expectsReply)
    {
        var transport = Volatile.Read(ref _transport);
        if (transport is null || transport.IsFailed)
        {
            command.Abandon();
            return Task.FromException<RespValue>(NotConnected());
        }
        return transport.SendAsync(ref command, cancellationToken, expectsReply);
    }

    /// <summary>Sends <paramref name="first"/> and <paramref name="second"/> with nothing between them (ASKING + command).</summary>
    internal Task<RespValue> SendPairAsync(ref CommandEncoder first, ref CommandEncoder second, CancellationToken cancellationToken)
    {
        var transport = Volatile.Read(ref _transport);
        if (transport is null || transport.IsFailed)
        {
            first.Abandon();
            second.Abandon();
            return Task.FromException<RespValue>(NotConnected());
        }
        return transport.SendPairAsync(ref first, ref second, cancellationToken);
    }

    /// <summary>Runs any command: <c>ExecuteAsync("OBJECT", "ENCODING", "key")</c>.</summary>
    public Task<RespValue> ExecuteAsync(string command, params object?[] args) => ExecuteAsync(command, args, default);

    public Task<RespValue> ExecuteAsync(string command, object?[] args, CancellationToken cancellationToken)
        => RedisExecutorExtensions.ExecuteAsync(this, command, args, cancellationToken);

    private RedisConnectionException NotConnected() => new(
        $"No connection to Redis at {RedisTransport.Describe(EndPoint)}" +
        (_disposed.IsCancellationRequested ? " (the connection was disposed)." : $" (reconnecting; last error: {_lastError?.Message ?? "none"})."),
        _lastError);

    private async Task<RedisTransport> OpenAsync(CancellationToken cancellationToken)
    {
        var transport = await RedisTransport.ConnectAsync(Options, EndPoint, _subscriberMode, _pushHandler, cancellationToken)
            .ConfigureAwait(false);
        transport.Failed = OnTransportFailed;
        if (Connected is { } connected)
        {
            // e.g. resubscribe: done on the new transport before it is published to callers
            try
            {
                await connected(transport, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                transport.Fail(ex);
                throw;
            }
        }
        Volatile.Write(ref _transport, transport);
        return transport;
    }

    private void OnTransportFailed(RedisTransport transport, Exception error)
    {
        _lastError = error;
        ConnectionFailed?.Invoke(error);
        StartReconnect();
    }

    private void StartReconnect()
    {
        if (_disposed.IsCancellationRequested || Interlocked.Exchange(ref _reconnecting, 1) != 0) return;
        _ = Task.Run(ReconnectLoopAsync);
    }

    private async Task ReconnectLoopAsync()
    {
        var attempt = 0;
        try
        {
            while (!_disposed.IsCancellationRequested)
            {
                var ceiling = Math.Min(Options.ReconnectMaxDelay.TotalMilliseconds,
                    Options.ReconnectBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 16)));
                var delay = ceiling * (0.5 + Random.Shared.NextDouble() * 0.5); // jitter: callers don't reconnect in lockstep
                attempt++;
                await Task.Delay(TimeSpan.FromMilliseconds(delay), _disposed.Token).ConfigureAwait(false);
                try
                {
                    var transport = await OpenAsync(_disposed.Token).ConfigureAwait(false);
                    Volatile.Write(ref _reconnecting, 0);
                    // A failure between opening and now found the loop still running: start another one.
                    if (transport.IsFailed) StartReconnect();
                    else ConnectionRestored?.Invoke();
                    return;
                }
                catch (Exception ex) when (!_disposed.IsCancellationRequested)
                {
                    _lastError = ex;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // disposed
        }
        Volatile.Write(ref _reconnecting, 0);
    }

    public ValueTask DisposeAsync()
    {
        if (!_disposed.IsCancellationRequested)
        {
            _disposed.Cancel();
            Volatile.Read(ref _transport)?.Fail(new RedisConnectionException(
                $"The connection to Redis at {RedisTransport.Describe(EndPoint)} was disposed."));
        }
        return ValueTask.CompletedTask;
    }
}
