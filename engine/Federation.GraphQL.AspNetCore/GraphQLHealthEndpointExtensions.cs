using Federation.GraphQL.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;

namespace Federation.GraphQL.AspNetCore;

public static class GraphQLHealthEndpointExtensions
{
    /// <summary>
    /// Maps the health endpoints (ASP.NET Core health checks): <paramref name="livePath"/> answers 200 while the process
    /// runs (no check), <paramref name="readyPath"/> answers 200 once the GraphQL schema is built (503 otherwise).
    /// </summary>
    public static IEndpointRouteBuilder MapGraphQLHealth(this IEndpointRouteBuilder endpoints,
        string livePath = "/health/live", string readyPath = "/health/ready")
    {
        endpoints.MapHealthChecks(livePath, new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks(readyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(GraphQLSchemaHealthCheck.ReadyTag) });
        return endpoints;
    }
}
