using Federation.GraphQL.Subscriptions;
using Federation.Redis.Connections;
using Federation.Redis.Subscriptions;
using Microsoft.Extensions.DependencyInjection.Extensions;

// Extension methods live in the DI namespace so they show up next to AddGraphQL().
namespace Microsoft.Extensions.DependencyInjection;

public static class RedisServiceCollectionExtensions
{
    /// <summary>
    /// Makes GraphQL subscriptions travel through Redis pub/sub, so an event sent on one server instance reaches the
    /// subscribers on every instance: registers <see cref="RedisEventBus"/> as the <see cref="ITopicEventSender"/> and
    /// <see cref="ITopicEventReceiver"/> singletons, replacing the in-memory ones (call before or after AddGraphQL()).
    /// </summary>
    public static IServiceCollection AddRedisSubscriptions(this IServiceCollection services, string connectionString,
        Action<RedisSubscriptionOptions>? configure = null)
    {
        var connection = RedisConnectionOptions.Parse(connectionString); // fail at startup on a bad string
        var options = new RedisSubscriptionOptions();
        configure?.Invoke(options);
        services.RemoveAll<RedisEventBus>();
        services.RemoveAll<ITopicEventSender>();
        services.RemoveAll<ITopicEventReceiver>();
        services.AddSingleton(options);
        services.AddSingleton(_ => new RedisEventBus(connection, options));
        services.AddSingleton<ITopicEventSender>(sp => sp.GetRequiredService<RedisEventBus>());
        services.AddSingleton<ITopicEventReceiver>(sp => sp.GetRequiredService<RedisEventBus>());
        return services;
    }
}
