using System.Threading.Channels;
using Federation.Redis.Connections;
using Federation.Redis.Protocol;

namespace Federation.Redis;

/// <summary>
/// Pub/sub on its own connection (a subscribed connection cannot run other commands). Handlers for the same channel
/// share one Redis subscription; after a reconnect every live subscription is sent again before the connection is
/// used, so callers never resubscribe. Redis pub/sub is at-most-once: messages published while disconnected are lost.
/// Handlers run on the connection's reader: keep them short (the stream form buffers for you).
/// </summary>
public sealed class RedisSubscriber : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(SubscriptionKind, string), Registration> _registrations = [];
    private RedisConnection _connection = null!;

    private RedisSubscriber() { }

    public RedisConnection Connection => _connection;

    public static Task<RedisSubscriber> ConnectAsync(string connectionString, CancellationToken cancellationToken = default) =>
        ConnectAsync(RedisConnectionOptions.Parse(connectionString), cancellationToken);

    public static async Task<RedisSubscriber> ConnectAsync(RedisConnectionOptions options, CancellationToken cancellationToken = default)
    {
        var subscriber = new RedisSubscriber();
        subscriber._connection = await RedisConnection.ConnectAsync(options, options.EndPoints[0], subscriberMode: true,
            subscriber.OnPush, subscriber.ResubscribeAsync, cancellationToken).ConfigureAwait(false);
        return subscriber;
    }

    /// <summary>SUBSCRIBE channel: returns once Redis confirmed; dispose the result to leave.</summary>
    public Task<IAsyncDisposable> SubscribeAsync(string channel, Action<RedisChannelMessage> handler, CancellationToken cancellationToken = default) =>
        AddAsync(SubscriptionKind.Channel, channel, handler, cancellationToken);

    /// <summary>PSUBSCRIBE pattern (glob: <c>news.*</c>).</summary>
    public Task<IAsyncDisposable> PatternSubscribeAsync(string pattern, Action<RedisChannelMessage> handler, CancellationToken cancellationToken = default) =>
        AddAsync(SubscriptionKind.Pattern, pattern, handler, cancellationToken);

    /// <summary>SSUBSCRIBE shard channel (Redis 7).</summary>
    public Task<IAsyncDisposable> ShardSubscribeAsync(string channel, Action<RedisChannelMessage> handler, CancellationToken cancellationToken = default) =>
        AddAsync(SubscriptionKind.Shard, channel, handler, cancellationToken);

    /// <summary>A subscription read as an async stream (buffered without bound); dispose it to leave.</summary>
    public async Task<RedisMessageStream> StreamAsync(SubscriptionKind kind, string channelOrPattern, CancellationToken cancellationToken = default)
    {
        var buffer = Channel.CreateUnbounded<RedisChannelMessage>(new UnboundedChannelOptions { SingleReader = true });
        var subscription = await AddAsync(kind, channelOrPattern, m => buffer.Writer.TryWrite(m), cancellationToken).ConfigureAwait(false);
        return new RedisMessageStream(buffer, subscription);
    }

    /// <summary>Channels, patterns and shard channels this subscriber currently listens to.</summary>
    public int SubscriptionCount
    {
        get { lock (_gate) return _registrations.Count; }
    }

    private async Task<IAsyncDisposable> AddAsync(SubscriptionKind kind, string name, Action<RedisChannelMessage> handler,
        CancellationToken cancellationToken)
    {
        var handle = new Handle(this, kind, name, handler);
        Task confirmed;
        lock (_gate)
        {
            if (!_registrations.TryGetValue((kind, name), out var registration))
            {
                registration = new Registration();
                _registrations.Add((kind, name), registration);
                registration.Confirmation = NewConfirmation();
                Send(kind, subscribe: true, [name]);
            }
            registration.Handlers = [.. registration.Handlers, handle];
            confirmed = registration.Confirmation.Task;
        }
        try
        {
            await confirmed.WaitAsync(_connection.Options.SyncTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await handle.DisposeAsync().ConfigureAwait(false);
            throw new RedisTimeoutException($"Redis did not confirm the subscription to '{name}' within {_connection.Options.SyncTimeout.TotalMilliseconds:0} ms.");
        }
        catch
        {
            await handle.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return handle;
    }

    private void Remove(Handle handle)
    {
        lock (_gate)
        {
            if (!_registrations.TryGetValue((handle.Kind, handle.Name), out var registration)) return;
            registration.Handlers = Array.FindAll(registration.Handlers, h => !ReferenceEquals(h, handle));
            if (registration.Handlers.Length > 0) return;
            _registrations.Remove((handle.Kind, handle.Name));
            registration.Confirmation.TrySetCanceled();
            if (_connection.IsConnected) Send(handle.Kind, subscribe: false, [handle.Name]);
        }
    }

    /// <summary>Writes (UN)(P|S)SUBSCRIBE; confirmations come back as pub/sub events, not as replies.</summary>
    private void Send(SubscriptionKind kind, bool subscribe, IReadOnlyList<string> names, RedisTransport? transport = null)
    {
        var command = (kind, subscribe) switch
        {
            (SubscriptionKind.Channel, true) => "SUBSCRIBE",
            (SubscriptionKind.Pattern, true) => "PSUBSCRIBE",
            (SubscriptionKind.Shard, true) => "SSUBSCRIBE",
            (SubscriptionKind.Channel, false) => "UNSUBSCRIBE",
            (SubscriptionKind.Pattern, false) => "PUNSUBSCRIBE",
            _ => "SUNSUBSCRIBE",
        };
        var e = new CommandEncoder(command, names.Count);
        foreach (var n in names)
        {
            if (kind == SubscriptionKind.Shard) e.AddKey(n);
            else e.Add(n);
        }
        var sent = transport is not null
            ? transport.SendAsync(ref e, default, expectsReply: false)
            : _connection.SendAsync(ref e, default, expectsReply: false);
        // While disconnected the send fails; ResubscribeAsync sends every registration once the connection is back.
        _ = sent.ContinueWith(static t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously);
    }

    /// <summary>Runs on every new socket before it is published: subscribe again to everything registered.</summary>
    private async Task ResubscribeAsync(RedisTransport transport, CancellationToken cancellationToken)
    {
        var waits = new List<Task>();
        lock (_gate)
        {
            foreach (var group in _registrations.GroupBy(r => r.Key.Item1))
            {
                var names = new List<string>();
                foreach (var ((_, name), registration) in group)
                {
                    if (registration.Confirmation.Task.IsCompleted) registration.Confirmation = NewConfirmation();
                    waits.Add(registration.Confirmation.Task);
                    names.Add(name);
                }
                Send(group.Key, subscribe: true, names, transport);
            }
        }
        if (waits.Count > 0) await Task.WhenAll(waits).WaitAsync(_connection?.Options.SyncTimeout ?? TimeSpan.FromSeconds(5), cancellationToken).ConfigureAwait(false);
    }

    private static TaskCompletionSource NewConfirmation() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void OnPush(RespValue push)
    {
        var parts = push.Elements;
        if (parts.Length < 3) return;
        var kind = parts[0].Bytes;
        if (kind is null) return;
        if (kind.AsSpan().SequenceEqual("message"u8)) Deliver(SubscriptionKind.Channel, parts[1].AsString()!, null, parts[1], parts[2]);
        else if (kind.AsSpan().SequenceEqual("smessage"u8)) Deliver(SubscriptionKind.Shard, parts[1].AsString()!, null, parts[1], parts[2]);
        else if (kind.AsSpan().SequenceEqual("pmessage"u8) && parts.Length >= 4)
        {
            var pattern = parts[1].AsString()!;
            Deliver(SubscriptionKind.Pattern, pattern, pattern, parts[2], parts[3]);
        }
        else if (kind.AsSpan().SequenceEqual("subscribe"u8)) Confirm(SubscriptionKind.Channel, parts[1].AsString()!);
        else if (kind.AsSpan().SequenceEqual("psubscribe"u8)) Confirm(SubscriptionKind.Pattern, parts[1].AsString()!);
        else if (kind.AsSpan().SequenceEqual("ssubscribe"u8)) Confirm(SubscriptionKind.Shard, parts[1].AsString()!);
    }

    private void Confirm(SubscriptionKind kind, string name)
    {
        lock (_gate)
        {
            if (_registrations.TryGetValue((kind, name), out var registration)) registration.Confirmation.TrySetResult();
        }
    }

    private void Deliver(SubscriptionKind kind, string key, string? pattern, RespValue channel, RespValue payload)
    {
        Handle[] handlers;
        lock (_gate)
        {
            if (!_registrations.TryGetValue((kind, key), out var registration)) return;
            handlers = registration.Handlers;
        }
        var message = new RedisChannelMessage(kind, channel.AsString()!, pattern, payload.Bytes ?? []);
        foreach (var h in handlers)
        {
            try
            {
                h.Handler(message);
            }
            catch
            {
                // one faulty handler must not starve the others
            }
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private sealed class Registration
    {
        public Handle[] Handlers = [];
        public TaskCompletionSource Confirmation = null!;
    }

    private sealed class Handle(RedisSubscriber owner, SubscriptionKind kind, string name, Action<RedisChannelMessage> handler) : IAsyncDisposable
    {
        private int _disposed;
        public SubscriptionKind Kind => kind;
        public string Name => name;
        public Action<RedisChannelMessage> Handler => handler;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) owner.Remove(this);
            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>Messages of one subscription as an async stream; dispose to unsubscribe.</summary>
public sealed class RedisMessageStream : IAsyncEnumerable<RedisChannelMessage>, IAsyncDisposable
{
    private readonly Channel<RedisChannelMessage> _buffer;
    private readonly IAsyncDisposable _subscription;

    internal RedisMessageStream(Channel<RedisChannelMessage> buffer, IAsyncDisposable subscription)
    {
        _buffer = buffer;
        _subscription = subscription;
    }

    public IAsyncEnumerator<RedisChannelMessage> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        _buffer.Reader.ReadAllAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        _buffer.Writer.TryComplete();
        await _subscription.DisposeAsync().ConfigureAwait(false);
    }
}
