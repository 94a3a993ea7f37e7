using System.Text.Json;
using Federation.GraphQL.Subscriptions;

namespace Federation.Redis.Subscriptions;

/// <summary>Settings of the Redis subscription event bus.</summary>
public sealed class RedisSubscriptionOptions
{
    /// <summary>Prepended to each topic to make its Redis channel name. Default <c>graphql:subscriptions:</c>.</summary>
    public string ChannelPrefix { get; set; } = "graphql:subscriptions:";

    /// <summary>Bounds on each local subscriber's buffer (what happens when a client reads slower than events arrive).</summary>
    public SubscriptionBufferOptions Buffer { get; set; } = new();

    /// <summary>How messages are written to and read from JSON.</summary>
    public JsonSerializerOptions JsonOptions { get; set; } = new(JsonSerializerDefaults.Web);
}
