using System.Text.Json;
using Federation.GraphQL.Subscriptions;

namespace Federation.GraphQL.Redis.Subscriptions;

/// <summary>Settings of the Redis subscription event bus.</summary>
public sealed class RedisSubscriptionOptions
{
    /// <summary>Prepended to each topic to make its Redis channel name. Default <c>graphql:subscriptions:</c>.</summary>
    public string ChannelPrefix { get; set; } = "graphql:subscriptions:";

    /// <summary>
    /// Sharded pub/sub (SSUBSCRIBE/SPUBLISH, Redis 7): each channel lives on the node that owns its slot and follows it
    /// when the slot moves. Null (default): sharded when Redis runs as a cluster, plain channels otherwise.
    /// </summary>
    public bool? ShardedChannels { get; set; }

    /// <summary>Bounds on each local subscriber's buffer (what happens when a client reads slower than events arrive).</summary>
    public SubscriptionBufferOptions Buffer { get; set; } = new();

    /// <summary>How messages are written to and read from JSON.</summary>
    public JsonSerializerOptions JsonOptions { get; set; } = new(JsonSerializerDefaults.Web);
}
