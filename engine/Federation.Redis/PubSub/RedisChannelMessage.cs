using System.Text;

namespace Federation.Redis;

/// <summary>How a subscription matches channels.</summary>
public enum SubscriptionKind
{
    /// <summary>SUBSCRIBE: one channel by name.</summary>
    Channel,
    /// <summary>PSUBSCRIBE: every channel matching a glob pattern.</summary>
    Pattern,
    /// <summary>SSUBSCRIBE: a sharded channel (Redis 7; routed by hash slot in a cluster).</summary>
    Shard,
}

/// <summary>A message received on a subscription.</summary>
public readonly record struct RedisChannelMessage(SubscriptionKind Kind, string Channel, string? Pattern, byte[] Payload)
{
    /// <summary>The payload as UTF-8 text.</summary>
    public string Message => Encoding.UTF8.GetString(Payload);
}
