using Federation.GraphQL.Redis.Subscriptions;
using StackExchange.Redis;

namespace Federation.Bench.RedisFanout;

/// <summary>One event-bus instance as a server would have it (its own multiplexer to Redis, open until the process ends).</summary>
internal static class Buses
{
    public const string Implementation = "StackExchange.Redis 3.4.35";

    public static async ValueTask<RedisEventBus> CreateAsync(string endPoint, RedisSubscriptionOptions options)
        => new(await ConnectionMultiplexer.ConnectAsync(endPoint), options);
}
