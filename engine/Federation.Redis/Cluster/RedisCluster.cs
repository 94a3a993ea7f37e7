using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Federation.Redis.Connections;
using Federation.Redis.Protocol;

namespace Federation.Redis.Cluster;

/// <summary>
/// A Redis Cluster client: learns which primary owns each hash slot (CLUSTER SHARDS, or CLUSTER SLOTS before Redis 7),
/// keeps one multiplexed <see cref="RedisConnection"/> per primary and sends each command to the owner of its key's
/// slot (<see cref="CommandEncoder.Key"/>). MOVED updates the slot map and retries on the new owner (a topology refresh
/// follows in the background); ASK sends ASKING and the command to the target once, leaving the map alone. Typed
/// commands work unchanged through <c>new RedisClient(cluster)</c> or <see cref="RedisClient.ConnectClusterAsync(string, CancellationToken)"/>.
/// </summary>
public sealed class RedisCluster : IRedisExecutor, IAsyncDisposable
{
    private readonly RedisConnectionOptions _options;
    private readonly ConcurrentDictionary<string, Task<RedisConnection>> _nodes = new(StringComparer.OrdinalIgnoreCase);
    private readonly CancellationTokenSource _disposed = new();
    private readonly string _seedHost;
    private readonly Timer _periodicRefresh;
    private string?[] _slots = new string?[HashSlot.Count];
    private IReadOnlyList<ClusterNodeInfo> _primaries = [];
    private Task? _refresh;
    private string? _keylessNode;
    private long _lastRefreshTicks;
    private long _refreshCount;

    private RedisCluster(RedisConnectionOptions options, TimeSpan refreshInterval)
    {
        _options = options;
        _seedHost = options.EndPoints[0] switch
        {
            DnsEndPoint dns => dns.Host,
            IPEndPoint ip => ip.Address.ToString(),
            var other => other.ToString() ?? "127.0.0.1",
        };
        _periodicRefresh = new Timer(static s => ((RedisCluster)s!).RequestRefresh(), this, refreshInterval, refreshInterval);
    }

    /// <summary>How many MOVED/ASK redirects one command may follow before it fails.</summary>
    public int MaxRedirects { get; init; } = 5;

    public RedisConnectionOptions Options => _options;

    /// <summary>The primaries of the last topology read.</summary>
    public IReadOnlyList<ClusterNodeInfo> Primaries => Volatile.Read(ref _primaries);

    /// <summary>How many times the topology was read (tests use it to see a background refresh happen).</summary>
    public long TopologyRefreshCount => Interlocked.Read(ref _refreshCount);

    /// <summary>Connects through the seed endpoints of <paramref name="connectionString"/> (<c>host:port,host:port,...</c>).</summary>
    public static Task<RedisCluster> ConnectAsync(string connectionString, CancellationToken cancellationToken = default) =>
        ConnectAsync(RedisConnectionOptions.Parse(connectionString), cancellationToken);

    public static Task<RedisCluster> ConnectAsync(RedisConnectionOptions options, CancellationToken cancellationToken = default) =>
        ConnectAsync(options, TimeSpan.FromSeconds(30), cancellationToken);

    /// <summary>As above, re-reading the topology every <paramref name="refreshInterval"/> as well as after MOVED or a lost connection.</summary>
    public static async Task<RedisCluster> ConnectAsync(RedisConnectionOptions options, TimeSpan refreshInterval, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.DefaultDatabase != 0)
        {
            throw new ArgumentException("A Redis Cluster has database 0 only: remove defaultDatabase from the connection string.", nameof(options));
        }
        var cluster = new RedisCluster(options, refreshInterval);
        try
        {
            await cluster.RefreshTopologyAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await cluster.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return cluster;
    }

    /// <summary>The endpoint (<c>host:port</c>) the slot map currently sends <paramref name="slot"/> to, null when unassigned.</summary>
    public string? OwnerOf(int slot) => Volatile.Read(ref _slots)[slot];

    /// <summary>The connection to one node (opened on first use).</summary>
    public Task<RedisConnection> GetConnectionAsync(string endPoint, CancellationToken cancellationToken = default)
    {
        var task = _nodes.GetOrAdd(endPoint, ep => ConnectNodeAsync(ep));
        if (task.IsFaulted || task.IsCanceled)
        {
            _nodes.TryRemove(new KeyValuePair<string, Task<RedisConnection>>(endPoint, task));
            task = _nodes.GetOrAdd(endPoint, ep => ConnectNodeAsync(ep));
        }
        return task.IsCompleted ? task : task.WaitAsync(cancellationToken);
    }

    public Task<RespValue> SendAsync(ref CommandEncoder command, CancellationToken cancellationToken = default)
    {
        if (command.CrossSlotKey is { } other)
        {
            var first = command.Key!;
            command.Abandon();
            return Task.FromException<RespValue>(new RedisClusterException(
                $"CROSSSLOT Keys in request don't hash to the same slot: {command.Name} names '{first}' (slot {HashSlot.Of(first)}) " +
                $"and '{other}' (slot {HashSlot.Of(other)}). Give related keys the same hash tag, e.g. {{user1}}.a and {{user1}}.b."));
        }
        var slot = command.Key is null ? -1 : HashSlot.Of(command.Key);
        var retry = command.Copy();
        return RouteAsync(command, retry, slot, cancellationToken);
    }

    private async Task<RespValue> RouteAsync(CommandEncoder command, CommandEncoder retry, int slot, CancellationToken cancellationToken)
    {
        var unsent = true;
        try
        {
            var endPoint = slot >= 0 ? OwnerOf(slot) ?? AnyNode() : AnyNode();
            var asking = false;
            List<string>? path = null;
            for (var redirects = 0; ; )
            {
                RedisConnection connection;
                try
                {
                    connection = await GetConnectionAsync(endPoint, cancellationToken).ConfigureAwait(false);
                }
                catch (RedisConnectionException)
                {
                    RequestRefresh();
                    throw;
                }
                var next = unsent ? command : retry.Copy();
                unsent = false;
                Task<RespValue> reply;
                if (asking)
                {
                    var ask = new CommandEncoder("ASKING", 0);
                    reply = connection.SendPairAsync(ref ask, ref next, cancellationToken);
                }
                else
                {
                    reply = connection.SendAsync(ref next, cancellationToken);
                }
                try
                {
                    return await reply.ConfigureAwait(false);
                }
                catch (RedisServerException ex) when (ex.ErrorCode is "MOVED" or "ASK" or "TRYAGAIN")
                {
                    (path ??= []).Add($"{endPoint}: {ex.Message}");
                    if (++redirects > MaxRedirects)
                    {
                        throw new RedisClusterException(
                            $"{command.Name} (slot {slot}) was redirected more than {MaxRedirects} times ({string.Join("; ", path)}); the cluster's slots keep moving.", ex);
                    }
                    if (ex.ErrorCode == "TRYAGAIN")
                    {
                        // A multi-key command during a slot migration: wait for the keys to settle, same node.
                        asking = false;
                        await Task.Delay(10 * redirects, cancellationToken).ConfigureAwait(false);
                        continue;
                    }
                    (var movedSlot, endPoint) = ParseRedirect(ex.Message);
                    asking = ex.ErrorCode == "ASK";
                    if (!asking)
                    {
                        Volatile.Read(ref _slots)[movedSlot] = endPoint;
                        RequestRefresh();
                    }
                }
                catch (RedisConnectionException)
                {
                    RequestRefresh();
                    throw;
                }
            }
        }
        finally
        {
            if (unsent) command.Abandon();
            retry.Abandon();
        }
    }

    /// <summary>
    /// Runs one command on every primary (FLUSHDB, DBSIZE, SCRIPT LOAD, SCAN 0...): the replies by node endpoint.
    /// A typed command's key routing does not apply here.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, RespValue>> ExecuteOnPrimariesAsync(string command, params object?[] args)
    {
        var primaries = Primaries;
        var replies = new Task<RespValue>[primaries.Count];
        for (var i = 0; i < primaries.Count; i++)
        {
            var connection = await GetConnectionAsync(primaries[i].EndPoint).ConfigureAwait(false);
            replies[i] = connection.ExecuteAsync(command, args);
        }
        var result = new Dictionary<string, RespValue>(primaries.Count, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < primaries.Count; i++) result[primaries[i].EndPoint] = await replies[i].ConfigureAwait(false);
        return result;
    }

    /// <summary>Reads <c>MOVED 3999 127.0.0.1:6381</c> / <c>ASK 3999 127.0.0.1:6381</c>.</summary>
    internal (int Slot, string EndPoint) ParseRedirect(string message)
    {
        var parts = message.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var slot) || slot >= HashSlot.Count)
        {
            throw new RedisProtocolException($"Unreadable cluster redirect: {message}");
        }
        var target = parts[2];
        if (target.StartsWith(':')) target = _seedHost + target; // "unknown endpoint": same host as the seed
        return (slot, target);
    }

    /// <summary>Records a MOVED seen elsewhere (e.g. by the sharded subscriber) and schedules a refresh.</summary>
    internal void NoteMoved(int slot, string endPoint)
    {
        Volatile.Read(ref _slots)[slot] = endPoint;
        RequestRefresh();
    }

    /// <summary>
    /// Where commands without a key go (PUBLISH, PING, SCRIPT LOAD...): one node, kept while it stays a primary, so one
    /// client's PUBLISHes keep their order (the cluster bus forwards each node's messages in order, not across nodes).
    /// </summary>
    private string AnyNode()
    {
        var primaries = Primaries;
        var current = Volatile.Read(ref _keylessNode);
        if (current is not null)
        {
            foreach (var p in primaries)
            {
                if (string.Equals(p.EndPoint, current, StringComparison.OrdinalIgnoreCase)) return current;
            }
        }
        var chosen = primaries.Count > 0 ? primaries[0].EndPoint : RedisTransport.Describe(_options.EndPoints[0]);
        Volatile.Write(ref _keylessNode, chosen);
        return chosen;
    }

    /// <summary>
    /// Starts a background topology read unless one is pending; at most one read per 100 ms (a burst of MOVED replies
    /// after a reshard causes one read, a little later).
    /// </summary>
    public void RequestRefresh()
    {
        if (_disposed.IsCancellationRequested) return;
        if (Volatile.Read(ref _refresh) is { IsCompleted: false }) return;
        var task = Task.Run(async () =>
        {
            try
            {
                var wait = 100 - (Environment.TickCount64 - Interlocked.Read(ref _lastRefreshTicks));
                if (wait > 0) await Task.Delay(TimeSpan.FromMilliseconds(wait), _disposed.Token).ConfigureAwait(false);
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        await RefreshTopologyAsync(_disposed.Token).ConfigureAwait(false);
                        return;
                    }
                    catch (RedisException) when (attempt < 5)
                    {
                        // e.g. the node that failed is still reconnecting and no other answered: try again shortly
                        await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), _disposed.Token).ConfigureAwait(false);
                    }
                }
            }
            catch
            {
                // the next MOVED, failure or period tries again
            }
        });
        Volatile.Write(ref _refresh, task);
    }

    /// <summary>Reads the topology from the first node that answers (known primaries first, then the seeds).</summary>
    public async Task RefreshTopologyAsync(CancellationToken cancellationToken = default)
    {
        var candidates = new List<string>();
        foreach (var p in Primaries) candidates.Add(p.EndPoint);
        foreach (var seed in _options.EndPoints)
        {
            var text = RedisTransport.Describe(seed);
            if (!candidates.Contains(text, StringComparer.OrdinalIgnoreCase)) candidates.Add(text);
        }
        Exception? last = null;
        foreach (var endPoint in candidates)
        {
            try
            {
                var connection = await GetConnectionAsync(endPoint, cancellationToken).ConfigureAwait(false);
                var topology = await ReadTopologyAsync(connection, cancellationToken).ConfigureAwait(false);
                if (topology.Primaries.Count == 0) continue;
                Volatile.Write(ref _slots, topology.Slots);
                Volatile.Write(ref _primaries, topology.Primaries);
                Interlocked.Exchange(ref _lastRefreshTicks, Environment.TickCount64);
                Interlocked.Increment(ref _refreshCount);
                return;
            }
            catch (Exception ex) when (ex is RedisException && !cancellationToken.IsCancellationRequested)
            {
                last = ex;
            }
        }
        throw new RedisClusterException(
            $"No cluster node answered CLUSTER SHARDS/SLOTS (tried {string.Join(", ", candidates)}): {last?.Message ?? "no topology"}", last);
    }

    private async Task<ClusterTopology> ReadTopologyAsync(RedisConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            var shards = new CommandEncoder("CLUSTER", 1);
            shards.Add("SHARDS");
            return ClusterTopology.FromShards(await connection.SendAsync(ref shards, cancellationToken).ConfigureAwait(false), _seedHost);
        }
        catch (RedisServerException ex) when (ex.Message.Contains("unknown subcommand", StringComparison.OrdinalIgnoreCase)
                                              || ex.Message.Contains("Unknown subcommand", StringComparison.Ordinal))
        {
            var slots = new CommandEncoder("CLUSTER", 1); // before Redis 7
            slots.Add("SLOTS");
            return ClusterTopology.FromSlots(await connection.SendAsync(ref slots, cancellationToken).ConfigureAwait(false), _seedHost);
        }
    }

    private async Task<RedisConnection> ConnectNodeAsync(string endPoint)
    {
        var connection = await RedisConnection.ConnectAsync(_options, RedisConnectionOptions.ParseEndPoint(endPoint), subscriberMode: false,
            pushHandler: null, connected: null, _disposed.Token).ConfigureAwait(false);
        connection.ConnectionFailed += _ => RequestRefresh();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed.IsCancellationRequested) return;
        _disposed.Cancel();
        await _periodicRefresh.DisposeAsync().ConfigureAwait(false);
        foreach (var node in _nodes.Values)
        {
            if (node.IsCompletedSuccessfully) await node.Result.DisposeAsync().ConfigureAwait(false);
        }
        _nodes.Clear();
    }
}
