using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Federation.GraphQL.Redis;

/// <summary>The <c>redis</c> readiness check (AspNetCore.HealthChecks.Redis: PING, or CLUSTER INFO on a cluster).</summary>
internal static class RedisHealth
{
    public const string Name = "redis";

    // The tag MapGraphQLHealth() selects for /health/ready (Federation.GraphQL.AspNetCore's GraphQLSchemaHealthCheck.ReadyTag).
    private const string ReadyTag = "ready";

    public static void Register(IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(Registered))) return; // once, however often AddRedis* runs
        services.AddSingleton<Registered>();
        services.AddHealthChecks().AddRedis(GraphQLRedisConnection.Get, Name, HealthStatus.Unhealthy, [ReadyTag], TimeSpan.FromSeconds(5));
    }

    private sealed class Registered;
}
