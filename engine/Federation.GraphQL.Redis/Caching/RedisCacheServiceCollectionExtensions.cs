using Federation.GraphQL.Redis;
using Microsoft.Extensions.Caching.StackExchangeRedis;

namespace Microsoft.Extensions.DependencyInjection;

public static class RedisCacheServiceCollectionExtensions
{
    /// <summary>
    /// Registers Microsoft's Redis <c>IDistributedCache</c> (<c>AddStackExchangeRedisCache</c>) on the multiplexer the
    /// event bus uses (see <see cref="GraphQLRedisConnection"/>), so the application holds one set of Redis connections.
    /// Keys are prefixed with <paramref name="instanceName"/>. For a cache on a connection of its own, call
    /// <c>AddStackExchangeRedisCache</c> directly.
    /// </summary>
    public static IServiceCollection AddRedisDistributedCache(this IServiceCollection services, string instanceName = "")
    {
        services.AddStackExchangeRedisCache(o => o.InstanceName = instanceName);
        services.AddOptions<RedisCacheOptions>().Configure<IServiceProvider>((o, sp) =>
            o.ConnectionMultiplexerFactory = () => Task.FromResult(GraphQLRedisConnection.Get(sp)));
        return services;
    }
}
