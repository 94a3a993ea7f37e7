using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Federation.GraphQL.AspNetCore.Http;

/// <summary>Readiness: healthy once the GraphQL server's schema is built (building it on first call, as the endpoint would).</summary>
internal sealed class GraphQLSchemaHealthCheck(IServiceProvider services) : IHealthCheck
{
    public const string Name = "graphql-schema";
    public const string ReadyTag = "ready";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var server = (GraphQLServer?)services.GetService(typeof(GraphQLServer));
            return Task.FromResult(server is null
                ? HealthCheckResult.Unhealthy("AddGraphQL() was not called.")
                : HealthCheckResult.Healthy($"Schema built ({server.Schema.Types.Count} types)."));
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The GraphQL schema could not be built.", e));
        }
    }
}
