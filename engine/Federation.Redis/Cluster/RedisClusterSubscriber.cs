using System.Collections.Concurrent;
using Federation.Redis.Connections;
using Federation.Redis.Protocol;

namespace Federation.Redis.Cluster;

/// <summary>
/// Sharded pub/sub over a cluster: each SSUBSCRIBE goes to the primary owning the channel's hash slot, on one
/// subscriber connection per node. When a slot moves, Redis drops the subscriptions of its channels (an unsolicited
/// <c>sunsubscribe</c>) or answers MOVED: the subscriber then reads the topology again and subscribes on the new owner.
/// Publish with <see cref="RedisClient.ShardPublishAsync"/> through a client over the same <see cref="RedisCluster"/>.
/// As with any Redis pub/sub, messages published while a channel is moving are lost (at-most-once).
/// </summary>
public sealed class RedisClusterSubscriber : IAsyncDisposable
{
    private readonly RedisCluster _cluster;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Registration> _channels = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task<RedisConnection>> _nodes = new(StringComparer.OrdinalIgnoreCase);
    private readonly CancellationTokenSource _disposed = new();
    private long _moves;

    public RedisClusterSubscriber(RedisCluster cluster) => _cluster = cluster;

    /// <summary>How many times a channel was subscribed again on another node (a slot moved).</summary>
    public long ResubscribeCount => Interlocked.Read(ref _moves);

    /// <summary>The node (<c>host:port</c>) a channel is currently subscribed on, null while it is being moved.</summary>
    public string? NodeOf(string channel)
    {
        lock (_gate) return _channels.TryGetValue(channel, out var r) ? r.Node : null;
    }

    /// <summary>SSUBSCRIBE on the owner of the channel's slot; returns once Redis confirmed. Dispose the result to leave.</summary>
    public async Task<IAsyncDisposable> SubscribeAsync(string channel, Action<RedisChannelMessage> handler, CancellationToken cancellationToken = default)
    {
        var handle = new Handle(this, channel, handler);
        Task confirmed;
        bool first;
        lock (_gate)
        {
            first = !_channels.TryGetValue(channel, out var registration);
            if (first)
            {
                registration = new Registration(channel);
                _channels.Add(channel, registration);
            }
            registration!.Handlers = [.. registration.Handlers, handle];
            confirmed = registration.Confirmation.Task;
        }
        var timeout = _cluster.Options.SyncTimeout;
        try
        {
            if (first) await SubscribeOnOwnerAsync(channel, cancellationToken).ConfigureAwait(false);
            await confirmed.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await handle.DisposeAsync().ConfigureAwait(false);
            throw new RedisTimeoutException($"The cluster did not confirm the subscription to '{channel}' within {timeout.TotalMilliseconds:0} ms.");
        }
        catch
        {
            await handle.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return handle;
    }

    private async Task SubscribeOnOwnerAsync(string channel, CancellationToken cancellationToken)
    {
        var slot = HashSlot.Of(channel);
        var endPoint = _cluster.OwnerOf(slot);
        if (endPoint is null)
        {
            await _cluster.RefreshTopologyAsync(cancellationToken).ConfigureAwait(false);
            endPoint = _cluster.OwnerOf(slot) ?? throw new RedisClusterException($"No cluster node serves slot {slot} (channel '{channel}').");
        }
        var connection = await GetNodeAsync(endPoint, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            if (!_channels.TryGetValue(channel, out var registration)) return; // left meanwhile
            registration.Node = endPoint;
            Send(connection, "SSUBSCRIBE", channel);
        }
    }

    private static void Send(RedisConnection connection, string command, string channel)
    {
        var e = new CommandEncoder(command, 1);
        e.AddKey(channel);
        var sent = connection.SendAsync(ref e, default, expectsReply: false);
        // Down: the node's reconnect handler subscribes again to everything registered on it.
        _ = sent.ContinueWith(static t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously);
    }

    private Task<RedisConnection> GetNodeAsync(string endPoint, CancellationToken cancellationToken)
    {
        var task = _nodes.GetOrAdd(endPoint, ConnectNodeAsync);
        if (task.IsFaulted || task.IsCanceled)
        {
            _nodes.TryRemove(new KeyValuePair<string, Task<RedisConnection>>(endPoint, task));
            task = _nodes.GetOrAdd(endPoint, ConnectNodeAsync);
        }
        return task.WaitAsync(cancellationToken);
    }

    private Task<RedisConnection> ConnectNodeAsync(string endPoint) =>
        RedisConnection.ConnectAsync(_cluster.Options, RedisConnectionOptions.ParseEndPoint(endPoint), subscriberMode: true,
            push => OnPush(endPoint, push), (transport, ct) => ResubscribeAsync(endPoint, transport, ct), _disposed.Token);

    /// <summary>A node's new socket (first connect or reconnect): subscribe again to the channels registered on it.</summary>
    private Task ResubscribeAsync(string endPoint, RedisTransport transport, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var registration in _channels.Values)
            {
                if (!string.Equals(registration.Node, endPoint, StringComparison.OrdinalIgnoreCase)) continue;
                var e = new CommandEncoder("SSUBSCRIBE", 1);
                e.AddKey(registration.Channel);
                _ = transport.SendAsync(ref e, cancellationToken, expectsReply: false);
            }
        }
        return Task.CompletedTask;
    }

    private void OnPush(string endPoint, RespValue push)
    {
        if (push.IsError)
        {
            OnRefused(endPoint, push.AsString() ?? "");
            return;
        }
        var parts = push.Elements;
        if (parts.Length < 3 || parts[0].Bytes is not { } kind) return;
        var channel = parts[1].AsString()!;
        if (kind.AsSpan().SequenceEqual("smessage"u8))
        {
            Handle[] handlers;
            lock (_gate)
            {
                if (!_channels.TryGetValue(channel, out var registration)) return;
                handlers = registration.Handlers;
            }
            var message = new RedisChannelMessage(SubscriptionKind.Shard, channel, null, parts[2].Bytes ?? []);
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
        else if (kind.AsSpan().SequenceEqual("ssubscribe"u8))
        {
            lock (_gate)
            {
                if (_channels.TryGetValue(channel, out var registration)) registration.Confirmation.TrySetResult();
            }
        }
        else if (kind.AsSpan().SequenceEqual("sunsubscribe"u8))
        {
            // Our own SUNSUBSCRIBE finds no registration; one we still hold means the node gave the slot away.
            lock (_gate)
            {
                if (!_channels.TryGetValue(channel, out var registration)
                    || !string.Equals(registration.Node, endPoint, StringComparison.OrdinalIgnoreCase)) return;
                registration.Node = null;
            }
            _ = MoveAsync(channel, refresh: true);
        }
    }

    /// <summary>An SSUBSCRIBE refused: MOVED names the slot's owner; the channels of that slot go there.</summary>
    private void OnRefused(string endPoint, string error)
    {
        if (!error.StartsWith("MOVED ", StringComparison.Ordinal) && !error.StartsWith("ASK ", StringComparison.Ordinal)) return;
        int slot;
        try
        {
            (slot, var owner) = _cluster.ParseRedirect(error);
            if (error.StartsWith('M')) _cluster.NoteMoved(slot, owner);
        }
        catch (RedisException)
        {
            return;
        }
        var moving = new List<string>();
        lock (_gate)
        {
            foreach (var registration in _channels.Values)
            {
                if (HashSlot.Of(registration.Channel) != slot
                    || !string.Equals(registration.Node, endPoint, StringComparison.OrdinalIgnoreCase)) continue;
                registration.Node = null;
                moving.Add(registration.Channel);
            }
        }
        // ASK: the slot is migrating and still owned here; ask again once the migration had time to settle.
        var settle = error.StartsWith('A') ? TimeSpan.FromMilliseconds(200) : TimeSpan.Zero;
        foreach (var channel in moving) _ = MoveAsync(channel, refresh: settle > TimeSpan.Zero, settle);
    }

    private async Task MoveAsync(string channel, bool refresh, TimeSpan settle = default)
    {
        Interlocked.Increment(ref _moves);
        if (settle > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(settle, _disposed.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        for (var attempt = 0; attempt < 20 && !_disposed.IsCancellationRequested; attempt++)
        {
            try
            {
                if (refresh || attempt > 0)
                {
                    if (attempt > 0) await Task.Delay(50 * attempt, _disposed.Token).ConfigureAwait(false);
                    await _cluster.RefreshTopologyAsync(_disposed.Token).ConfigureAwait(false);
                }
                lock (_gate)
                {
                    if (!_channels.TryGetValue(channel, out var registration)) return;
                    if (registration.Confirmation.Task.IsCompleted) registration.Confirmation = NewConfirmation();
                }
                await SubscribeOnOwnerAsync(channel, _disposed.Token).ConfigureAwait(false);
                return;
            }
            catch (Exception) when (!_disposed.IsCancellationRequested)
            {
                // try again with a fresh topology
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void Remove(Handle handle)
    {
        RedisConnection? connection = null;
        lock (_gate)
        {
            if (!_channels.TryGetValue(handle.Channel, out var registration)) return;
            registration.Handlers = Array.FindAll(registration.Handlers, h => !ReferenceEquals(h, handle));
            if (registration.Handlers.Length > 0) return;
            _channels.Remove(handle.Channel);
            registration.Confirmation.TrySetCanceled();
            if (registration.Node is { } node && _nodes.TryGetValue(node, out var task) && task.IsCompletedSuccessfully) connection = task.Result;
        }
        if (connection is { IsConnected: true }) Send(connection, "SUNSUBSCRIBE", handle.Channel);
    }

    private static TaskCompletionSource NewConfirmation() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask DisposeAsync()
    {
        if (_disposed.IsCancellationRequested) return;
        _disposed.Cancel();
        foreach (var node in _nodes.Values)
        {
            if (node.IsCompletedSuccessfully) await node.Result.DisposeAsync().ConfigureAwait(false);
        }
        _nodes.Clear();
    }

    private sealed class Registration(string channel)
    {
        public string Channel { get; } = channel;
        public Handle[] Handlers = [];
        public string? Node;
        public TaskCompletionSource Confirmation = NewConfirmation();
    }

    private sealed class Handle(RedisClusterSubscriber owner, string channel, Action<RedisChannelMessage> handler) : IAsyncDisposable
    {
        private int _disposed;
        public string Channel => channel;
        public Action<RedisChannelMessage> Handler => handler;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) owner.Remove(handle: this);
            return ValueTask.CompletedTask;
        }
    }
}
