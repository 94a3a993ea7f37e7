using Federation.Redis.Cluster;
using Federation.Redis.Connections;

namespace Federation.Redis;

public sealed partial class RedisClient
{
    /// <summary>
    /// Typed commands over a Redis Cluster reached through the seed endpoints of <paramref name="connectionString"/>;
    /// the client owns the cluster connections.
    /// </summary>
    public static async Task<RedisClient> ConnectClusterAsync(string connectionString, CancellationToken cancellationToken = default) =>
        new(await RedisCluster.ConnectAsync(connectionString, cancellationToken).ConfigureAwait(false), ownsExecutor: true);

    public static async Task<RedisClient> ConnectClusterAsync(RedisConnectionOptions options, CancellationToken cancellationToken = default) =>
        new(await RedisCluster.ConnectAsync(options, cancellationToken).ConfigureAwait(false), ownsExecutor: true);
}
