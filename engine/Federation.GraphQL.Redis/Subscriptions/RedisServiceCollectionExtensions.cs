using Federation.GraphQL.Redis;
using Federation.GraphQL.Redis.Subscriptions;
using Federation.GraphQL.Subscriptions;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

// Extension methods live in the DI namespace so they show up next to AddGraphQL().
namespace Microsoft.Extensions.DependencyInjection;

public static class RedisServiceCollectionExtensions
{
    /// <summary>
    /// Makes GraphQL subscriptions travel through Redis pub/sub, so an event sent on one server instance reaches the
    /// subscribers on every instance: registers <see cref="RedisEventBus"/> as the <see cref="ITopicEventSender"/> and
    /// <see cref="ITopicEventReceiver"/> singletons (replacing the in-memory ones; call before or after AddGraphQL()) and a
    /// <c>redis</c> health check on <c>/health/ready</c>. Connects with a StackExchange.Redis configuration string.
    /// </summary>
    public static IServiceCollection AddRedisSubscriptions(this IServiceCollection services, string connectionString,
        Action<RedisSubscriptionOptions>? configure = null)
    {
        var options = GraphQLRedisConnection.Parse(connectionString); // fail at startup on a bad string
        return services.AddRedisSubscriptions(_ => GraphQLRedisConnection.Connect(options), configure);
    }

    /// <summary>As above, on the multiplexer <paramref name="connection"/> returns (disposed with the service provider).</summary>
    public static IServiceCollection AddRedisSubscriptions(this IServiceCollection services,
        Func<IServiceProvider, IConnectionMultiplexer> connection, Action<RedisSubscriptionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        services.RemoveAllKeyed<IConnectionMultiplexer>(GraphQLRedisConnection.ServiceKey);
        services.AddKeyedSingleton(GraphQLRedisConnection.ServiceKey, (sp, _) => connection(sp));
        return AddBus(services, configure);
    }

    /// <summary>As above, on the <see cref="IConnectionMultiplexer"/> the application registered.</summary>
    public static IServiceCollection AddRedisSubscriptions(this IServiceCollection services, Action<RedisSubscriptionOptions>? configure = null)
    {
        services.RemoveAllKeyed<IConnectionMultiplexer>(GraphQLRedisConnection.ServiceKey);
        return AddBus(services, configure);
    }

    private static IServiceCollection AddBus(IServiceCollection services, Action<RedisSubscriptionOptions>? configure)
    {
        var options = new RedisSubscriptionOptions();
        configure?.Invoke(options);
        services.RemoveAll<RedisSubscriptionOptions>();
        services.RemoveAll<RedisEventBus>();
        services.RemoveAll<ITopicEventSender>();
        services.RemoveAll<ITopicEventReceiver>();
        services.AddSingleton(options);
        services.AddSingleton(sp => new RedisEventBus(GraphQLRedisConnection.Get(sp), options));
        services.AddSingleton<ITopicEventSender>(sp => sp.GetRequiredService<RedisEventBus>());
        services.AddSingleton<ITopicEventReceiver>(sp => sp.GetRequiredService<RedisEventBus>());
        RedisHealth.Register(services);
        return services;
    }
}
