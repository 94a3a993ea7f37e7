using Federation.GraphQL.Subscriptions;
using Federation.Redis.Connections;
using Federation.Redis.Subscriptions;

namespace Federation.Redis.Fanout;

/// <summary>One event-bus instance as a server would have it (its own connections to Redis).</summary>
internal static class Buses
{
    public const string Implementation = "hand-written RESP client";

    public static ValueTask<RedisEventBus> CreateAsync(string endPoint, RedisSubscriptionOptions options)
        => ValueTask.FromResult(new RedisEventBus(RedisConnectionOptions.Parse(endPoint), options));
}
