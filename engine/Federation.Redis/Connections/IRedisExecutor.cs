using Federation.Redis.Protocol;

namespace Federation.Redis.Connections;

/// <summary>
/// Anything that can run an encoded command: one <see cref="RedisConnection"/> to one server, or a
/// <see cref="Cluster.RedisCluster"/> (which reads <see cref="CommandEncoder.Key"/> to pick the node by hash slot).
/// </summary>
public interface IRedisExecutor
{
    /// <summary>Sends the command (taking over its pooled buffer); the task completes with the reply.</summary>
    /// <exception cref="RedisServerException">Redis answered with an error.</exception>
    /// <exception cref="RedisConnectionException">The connection is down or broke before the reply came.</exception>
    /// <exception cref="RedisTimeoutException">No reply within the sync timeout.</exception>
    Task<RespValue> SendAsync(ref CommandEncoder command, CancellationToken cancellationToken = default);
}

public static class RedisExecutorExtensions
{
    /// <summary>Encodes and runs any command with its arguments (strings, byte arrays, numbers).</summary>
    public static Task<RespValue> ExecuteAsync(this IRedisExecutor executor, string command, object?[] args, CancellationToken cancellationToken)
    {
        var encoder = new CommandEncoder(command, args.Length);
        try
        {
            foreach (var arg in args) encoder.Add(arg);
        }
        catch
        {
            encoder.Abandon();
            throw;
        }
        return executor.SendAsync(ref encoder, cancellationToken);
    }
}
