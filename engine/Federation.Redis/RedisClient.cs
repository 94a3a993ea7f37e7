using Federation.Redis.Connections;
using Federation.Redis.Protocol;

namespace Federation.Redis;

/// <summary>
/// Typed Redis commands over an <see cref="IRedisExecutor"/> (one multiplexed <see cref="RedisConnection"/>, or a
/// <see cref="Cluster.RedisCluster"/> routing by hash slot). Thread-safe: share one instance; concurrent calls are pipelined on the connection.
/// Blocking commands (XREADGROUP with BLOCK, BLPOP...) hold up every caller of the shared connection: give them their own.
/// </summary>
public sealed partial class RedisClient : IAsyncDisposable
{
    private readonly IRedisExecutor _executor;
    private readonly bool _ownsExecutor;

    public RedisClient(IRedisExecutor executor) : this(executor, ownsExecutor: false) { }

    private RedisClient(IRedisExecutor executor, bool ownsExecutor)
    {
        _executor = executor;
        _ownsExecutor = ownsExecutor;
    }

    public IRedisExecutor Executor => _executor;

    /// <summary>
    /// Connects to the first endpoint of <paramref name="connectionString"/> (or, with <c>cluster=true</c>, to the Redis
    /// Cluster those endpoints belong to); the client owns the connection.
    /// </summary>
    public static Task<RedisClient> ConnectAsync(string connectionString, CancellationToken cancellationToken = default) =>
        ConnectAsync(RedisConnectionOptions.Parse(connectionString), cancellationToken);

    public static async Task<RedisClient> ConnectAsync(RedisConnectionOptions options, CancellationToken cancellationToken = default) =>
        options.Cluster
            ? await ConnectClusterAsync(options, cancellationToken).ConfigureAwait(false)
            : new(await RedisConnection.ConnectAsync(options, cancellationToken).ConfigureAwait(false), ownsExecutor: true);

    /// <summary>Runs any command with its arguments (strings, byte arrays, numbers): <c>ExecuteAsync("OBJECT", "ENCODING", "k")</c>.</summary>
    public Task<RespValue> ExecuteAsync(string command, params object?[] args) => ExecuteAsync(command, args, default);

    public Task<RespValue> ExecuteAsync(string command, object?[] args, CancellationToken cancellationToken)
        => RedisExecutorExtensions.ExecuteAsync(_executor, command, args, cancellationToken);

    public async Task<string> PingAsync(CancellationToken cancellationToken = default)
    {
        var e = new CommandEncoder("PING", 0);
        return (await _executor.SendAsync(ref e, cancellationToken).ConfigureAwait(false)).AsString()!;
    }

    private Task<RespValue> Send(ref CommandEncoder encoder, CancellationToken cancellationToken) =>
        _executor.SendAsync(ref encoder, cancellationToken);

    private static CommandEncoder Command(string name, string key, int moreArgs)
    {
        var e = new CommandEncoder(name, moreArgs + 1);
        e.AddKey(key);
        return e;
    }

    private static string?[] Strings(in RespValue reply)
    {
        var elements = reply.Elements;
        var result = new string?[elements.Length];
        for (var i = 0; i < elements.Length; i++) result[i] = elements[i].AsString();
        return result;
    }

    private static Dictionary<string, string> Pairs(in RespValue reply)
    {
        var flat = reply.Elements; // a RESP3 map and a RESP2 flat array look the same here
        var result = new Dictionary<string, string>(flat.Length / 2, StringComparer.Ordinal);
        for (var i = 0; i + 1 < flat.Length; i += 2) result[flat[i].AsString()!] = flat[i + 1].AsString()!;
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownsExecutor && _executor is IAsyncDisposable d) await d.DisposeAsync().ConfigureAwait(false);
    }
}
