using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Federation.GraphQL.AspNetCore.Http;

/// <summary>
/// Readiness: healthy once the GraphQL server's schema is built (building it on first call, as the endpoint would);
/// <paramref name="name"/> is the server's name for <c>AddGraphQL(name)</c>, null for the unnamed one.
/// </summary>
internal sealed class GraphQLSchemaHealthCheck(IServiceProvider services, string? name) : IHealthCheck
{
    public const string Name = "graphql-schema";
    public const string ReadyTag = "ready";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var server = name is null ? services.GetService<GraphQLServer>() : services.GetKeyedService<GraphQLServer>(name);
            var label = name is null ? "" : $" \"{name}\"";
            return Task.FromResult(server is null
                ? HealthCheckResult.Unhealthy($"AddGraphQL({(name is null ? "" : $"\"{name}\"")}) was not called.")
                : HealthCheckResult.Healthy($"Schema{label} built ({server.Schema.Types.Count} types)."));
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The GraphQL schema could not be built.", e));
        }
    }
}
