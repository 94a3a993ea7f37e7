using Federation.GraphQL.AspNetCore;
using Federation.GraphQL.Redis.Subscriptions;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary><c>services.AddGraphQL()...AddRedisSubscriptions(...)</c>: the same registrations on the server builder.</summary>
public static class GraphQLServerBuilderRedisExtensions
{
    public static GraphQLServerBuilder AddRedisSubscriptions(this GraphQLServerBuilder builder, string connectionString,
        Action<RedisSubscriptionOptions>? configure = null)
    {
        builder.Services.AddRedisSubscriptions(connectionString, configure);
        return builder;
    }

    public static GraphQLServerBuilder AddRedisSubscriptions(this GraphQLServerBuilder builder,
        Func<IServiceProvider, IConnectionMultiplexer> connection, Action<RedisSubscriptionOptions>? configure = null)
    {
        builder.Services.AddRedisSubscriptions(connection, configure);
        return builder;
    }

    public static GraphQLServerBuilder AddRedisSubscriptions(this GraphQLServerBuilder builder, Action<RedisSubscriptionOptions>? configure = null)
    {
        builder.Services.AddRedisSubscriptions(configure);
        return builder;
    }
}
