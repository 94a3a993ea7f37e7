using Federation.Redis.Caching;
using Federation.Redis.Connections;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class RedisCacheServiceCollectionExtensions
{
    /// <summary>Registers <see cref="RedisDistributedCache"/> as the <see cref="IDistributedCache"/> singleton.</summary>
    public static IServiceCollection AddRedisDistributedCache(this IServiceCollection services, string connectionString,
        string instanceName = "")
    {
        RedisConnectionOptions.Parse(connectionString); // fail at startup on a bad string
        services.RemoveAll<IDistributedCache>();
        services.AddSingleton<IDistributedCache>(_ => new RedisDistributedCache(connectionString, instanceName));
        return services;
    }
}
