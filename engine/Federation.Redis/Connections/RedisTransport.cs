using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Threading.Channels;
using Federation.Redis.Protocol;

namespace Federation.Redis.Connections;

/// <summary>
/// One socket to one Redis server for its whole life: a writer loop drains the outbox and writes every queued command
/// in one flush (automatic pipelining); a reader loop matches replies to the in-flight queue in FIFO order. Once it
/// fails, it fails every pending command and is never used again (<see cref="RedisConnection"/> makes a new one).
/// </summary>
internal sealed class RedisTransport
{
    private readonly Socket _socket;
    private readonly Stream _stream;
    private readonly PipeReader _input;
    private readonly PipeWriter _output;
    private readonly Channel<PendingCommand> _outbox =
        Channel.CreateUnbounded<PendingCommand>(new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = false });
    private readonly ConcurrentQueue<PendingCommand> _inFlight = new();
    private readonly Lock _sendGate = new();
    private readonly long _timeoutMs;
    private readonly Timer _timeouts;
    private int _failed;

    private RedisTransport(Socket socket, Stream stream, RedisConnectionOptions options, string description)
    {
        _socket = socket;
        _stream = stream;
        Description = description;
        _input = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024, minimumReadSize: 16 * 1024));
        _output = PipeWriter.Create(stream, new StreamPipeWriterOptions(minimumBufferSize: 16 * 1024));
        _timeoutMs = (long)options.SyncTimeout.TotalMilliseconds;
        var tick = Math.Clamp(_timeoutMs / 4, 10, 1000);
        _timeouts = new Timer(static s => ((RedisTransport)s!).SweepTimeouts(), this, tick, tick);
    }

    public string Description { get; }

    /// <summary>2 or 3: the RESP version the handshake settled on.</summary>
    public int Protocol { get; private set; } = 2;

    /// <summary>In subscriber mode (RESP2), pub/sub arrays are events, not replies.</summary>
    public bool SubscriberMode { get; init; }

    /// <summary>Receives RESP3 pushes (and RESP2 pub/sub arrays in <see cref="SubscriberMode"/>), on the reader loop.</summary>
    public Action<RespValue>? PushHandler { get; init; }

    /// <summary>Called once when the transport breaks.</summary>
    public Action<RedisTransport, Exception>? Failed { get; set; }

    public bool IsFailed => Volatile.Read(ref _failed) != 0;

    public static async Task<RedisTransport> ConnectAsync(RedisConnectionOptions options, EndPoint endPoint,
        bool subscriberMode, Action<RespValue>? pushHandler, CancellationToken cancellationToken)
    {
        var description = Describe(endPoint);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ConnectTimeout);
        var socket = new Socket(endPoint.AddressFamily == AddressFamily.Unspecified ? AddressFamily.InterNetwork : endPoint.AddressFamily,
            SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        Stream? stream = null;
        try
        {
            await socket.ConnectAsync(endPoint, timeout.Token).ConfigureAwait(false);
            stream = new NetworkStream(socket, ownsSocket: true);
            if (options.Ssl)
            {
                var ssl = new SslStream(stream, leaveInnerStreamOpen: false, options.CertificateValidation);
                stream = ssl;
                await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
                {
                    TargetHost = options.SslHost ?? HostOf(endPoint),
                }, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            if (stream is not null) await stream.DisposeAsync().ConfigureAwait(false);
            socket.Dispose();
            var reason = ex is OperationCanceledException && !cancellationToken.IsCancellationRequested
                ? $"no answer within {options.ConnectTimeout.TotalMilliseconds:0} ms" : ex.Message;
            throw new RedisConnectionException($"Could not connect to Redis at {description}: {reason}", ex);
        }

        var transport = new RedisTransport(socket, stream, options, description)
        {
            SubscriberMode = subscriberMode,
            PushHandler = pushHandler,
        };
        transport.Start();
        try
        {
            await transport.HandshakeAsync(options, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            transport.Fail(ex);
            if (ex is RedisServerException) throw; // AUTH failures and the like: the caller should see Redis's text
            throw new RedisConnectionException($"Could not connect to Redis at {description}: {ex.Message}", ex);
        }
        return transport;
    }

    /// <summary>Queues a command; the returned task completes with its reply (a Redis error faults it).</summary>
    public Task<RespValue> SendAsync(ref CommandEncoder encoder, CancellationToken cancellationToken, bool expectsReply = true)
    {
        var command = new PendingCommand(ref encoder, expectsReply);
        if (cancellationToken.CanBeCanceled)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                command.ReleaseBuffer();
                return Task.FromCanceled<RespValue>(cancellationToken);
            }
            // Cancelling completes the caller's task only: the command stays queued so its reply is read and dropped.
            command.Registration = cancellationToken.UnsafeRegister(
                static (s, ct) => ((PendingCommand)s!).TrySetCanceled(ct), command);
        }
        command.Deadline = Environment.TickCount64 + _timeoutMs;
        lock (_sendGate)
        {
            if (_failed == 0)
            {
                if (expectsReply) _inFlight.Enqueue(command); // same order as the outbox: the order on the wire
                _outbox.Writer.TryWrite(command);
                return command.Task;
            }
        }
        command.ReleaseBuffer();
        command.Fail(new RedisConnectionException($"The connection to Redis at {Description} is closed."));
        return command.Task;
    }

    /// <summary>
    /// Queues <paramref name="first"/> and <paramref name="second"/> back to back, with no other caller's command between
    /// them (a cluster's ASKING applies to the very next command on the connection).
    /// </summary>
    public Task<RespValue> SendPairAsync(ref CommandEncoder first, ref CommandEncoder second, CancellationToken cancellationToken)
    {
        lock (_sendGate) // System.Threading.Lock is reentrant: SendAsync takes it again
        {
            var before = SendAsync(ref first, default);
            _ = before.ContinueWith(static t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously);
            return SendAsync(ref second, cancellationToken);
        }
    }

    private void Start()
    {
        _ = Task.Run(WriteLoopAsync);
        _ = Task.Run(ReadLoopAsync);
    }

    private async Task HandshakeAsync(RedisConnectionOptions options, CancellationToken cancellationToken)
    {
        var helloDone = false;
        if (options.Protocol == RedisProtocol.Resp3)
        {
            var hello = new CommandEncoder("HELLO", 1 + (options.Password is null ? 0 : 3) + (options.ClientName is null ? 0 : 2));
            hello.Add(3);
            if (options.Password is not null)
            {
                hello.Add("AUTH");
                hello.Add(options.User ?? "default");
                hello.Add(options.Password);
            }
            if (options.ClientName is not null)
            {
                hello.Add("SETNAME");
                hello.Add(options.ClientName);
            }
            try
            {
                await SendAsync(ref hello, cancellationToken).ConfigureAwait(false);
                Protocol = 3;
                helloDone = true;
            }
            catch (RedisServerException ex) when (ex.ErrorCode is "NOPROTO" || ex.Message.Contains("unknown command", StringComparison.OrdinalIgnoreCase))
            {
                // An older server (or one pinned to RESP2): carry on with RESP2's AUTH and CLIENT SETNAME.
            }
        }
        if (!helloDone)
        {
            if (options.Password is not null)
            {
                var auth = new CommandEncoder("AUTH", options.User is null ? 1 : 2);
                if (options.User is not null) auth.Add(options.User);
                auth.Add(options.Password);
                await SendAsync(ref auth, cancellationToken).ConfigureAwait(false);
            }
            if (options.ClientName is not null)
            {
                var setName = new CommandEncoder("CLIENT", 2);
                setName.Add("SETNAME");
                setName.Add(options.ClientName);
                await SendAsync(ref setName, cancellationToken).ConfigureAwait(false);
            }
        }
        if (options.DefaultDatabase != 0)
        {
            var select = new CommandEncoder("SELECT", 1);
            select.Add(options.DefaultDatabase);
            await SendAsync(ref select, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WriteLoopAsync()
    {
        var outbox = _outbox.Reader;
        try
        {
            while (await outbox.WaitToReadAsync().ConfigureAwait(false))
            {
                while (outbox.TryRead(out var command))
                {
                    _output.Write(command.Bytes);
                    command.ReleaseBuffer();
                    if (!command.ExpectsReply) command.TrySetResult(RespValue.Null);
                    if (_output.UnflushedBytes > 256 * 1024) break; // bound the batch; flush and come back
                }
                var flush = await _output.FlushAsync().ConfigureAwait(false);
                if (flush.IsCompleted || flush.IsCanceled) break;
            }
        }
        catch (Exception ex)
        {
            Fail(ex);
        }
        await _output.CompleteAsync().ConfigureAwait(false);
    }

    private async Task ReadLoopAsync()
    {
        Exception? error = null;
        try
        {
            while (true)
            {
                var result = await _input.ReadAsync().ConfigureAwait(false);
                var buffer = result.Buffer;
                while (RespReader.TryRead(ref buffer, out var reply))
                {
                    Dispatch(in reply);
                }
                _input.AdvanceTo(buffer.Start, buffer.End);
                if (result.IsCompleted || result.IsCanceled) break;
            }
        }
        catch (Exception ex)
        {
            error = ex;
        }
        Fail(error ?? new IOException("the server closed the connection"));
        await _input.CompleteAsync().ConfigureAwait(false);
    }

    private void Dispatch(in RespValue reply)
    {
        if (reply.Type == RespType.Push || (SubscriberMode && IsPubSubEvent(in reply)))
        {
            try
            {
                PushHandler?.Invoke(reply);
            }
            catch
            {
                // A handler's fault must not break the connection for everyone.
            }
            return;
        }
        if (SubscriberMode && reply.IsError && _inFlight.IsEmpty)
        {
            // (S)SUBSCRIBE is sent without awaiting a reply; its refusal (e.g. a cluster's MOVED) is an event here.
            try
            {
                PushHandler?.Invoke(reply);
            }
            catch
            {
                // as above
            }
            return;
        }
        if (!_inFlight.TryDequeue(out var command))
        {
            throw new RedisProtocolException($"Redis at {Description} sent a reply nobody asked for: {reply}");
        }
        command.Complete(in reply);
    }

    private static bool IsPubSubEvent(in RespValue reply)
    {
        if (reply.Type != RespType.Array || reply.Elements.Length < 3) return false;
        var kind = reply.Elements[0].Bytes;
        return kind is not null && PubSubKinds.IsKnown(kind);
    }

    private void SweepTimeouts()
    {
        if (_inFlight.IsEmpty) return;
        var now = Environment.TickCount64;
        foreach (var command in _inFlight)
        {
            if (command.Deadline > now) break; // deadlines grow with the queue
            if (!command.Task.IsCompleted)
            {
                // The reply, when it comes, is read and dropped: the queue keeps its slot.
                command.Fail(new RedisTimeoutException(
                    $"Timeout after {_timeoutMs} ms waiting for the reply to {command.Name} from Redis at {Description}."));
            }
        }
    }

    /// <summary>Breaks the transport: every pending and queued command fails with a connection error.</summary>
    public void Fail(Exception cause)
    {
        if (Interlocked.Exchange(ref _failed, 1) != 0) return;
        lock (_sendGate)
        {
            _outbox.Writer.TryComplete();
        }
        _timeouts.Dispose();
        var error = cause as RedisConnectionException ?? new RedisConnectionException(
            $"The connection to Redis at {Description} was lost: {cause.Message}", cause);
        while (_inFlight.TryDequeue(out var command)) command.Fail(error);
        while (_outbox.Reader.TryRead(out var unsent))
        {
            unsent.ReleaseBuffer();
            unsent.Fail(error);
        }
        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (Exception)
        {
            // already closed
        }
        _socket.Dispose();
        _ = _stream.DisposeAsync().AsTask().ContinueWith(static _ => { }, TaskScheduler.Default);
        Failed?.Invoke(this, error);
    }

    private static string HostOf(EndPoint endPoint) => endPoint switch
    {
        DnsEndPoint dns => dns.Host,
        IPEndPoint ip => ip.Address.ToString(),
        _ => endPoint.ToString() ?? "",
    };

    internal static string Describe(EndPoint endPoint) => endPoint switch
    {
        DnsEndPoint dns => $"{dns.Host}:{dns.Port}",
        _ => endPoint.ToString() ?? "",
    };
}
