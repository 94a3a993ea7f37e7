namespace Federation.GraphQL.Redis.Tests.Cluster;

[CollectionDefinition(Name)]
public class RedisClusterCollection
{
    /// <summary>The cluster tests move slots around: they run one at a time.</summary>
    public const string Name = "redis-cluster";
}
