namespace Federation.Redis.Cluster;

/// <summary>
/// A cluster-level failure the client detects itself: keys of one command in different slots (CROSSSLOT, raised
/// before anything is sent), too many MOVED/ASK redirects, or no node reachable for the topology.
/// </summary>
public sealed class RedisClusterException : RedisException
{
    public RedisClusterException(string message, Exception? inner = null) : base(message, inner) { }
}
