using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.GraphQL.AspNetCore;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves GraphQL on one path for every transport: WebSocket upgrades (graphql-transport-ws), Server-Sent Events
    /// (Accept: text/event-stream, and the single-connection mode's PUT/DELETE), and GraphQL over HTTP (GET and POST).
    /// Call <c>app.UseWebSockets()</c> before it.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
        => Map(endpoints, path, endpoints.ServiceProvider.GetService<GraphQLServer>()
            ?? throw new InvalidOperationException("MapGraphQL() needs services.AddGraphQL() first."));

    /// <summary>Serves the GraphQL server added with <c>services.AddGraphQL(name)</c> on <paramref name="path"/>.</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return Map(endpoints, path, endpoints.ServiceProvider.GetKeyedService<GraphQLServer>(name)
            ?? throw new InvalidOperationException($"MapGraphQL(\"{path}\", \"{name}\") needs services.AddGraphQL(\"{name}\") first."));
    }

    private static IEndpointConventionBuilder Map(IEndpointRouteBuilder endpoints, string path, GraphQLServer server)
    {
        var http = ActivatorUtilities.CreateInstance<GraphQLHttpHandler>(endpoints.ServiceProvider, server);
        var sse = ActivatorUtilities.CreateInstance<GraphQLSseHandler>(endpoints.ServiceProvider, server);
        var webSocket = ActivatorUtilities.CreateInstance<GraphQLWebSocketHandler>(endpoints.ServiceProvider, server);

        return endpoints.Map(path, context =>
        {
            if (context.WebSockets.IsWebSocketRequest) return webSocket.HandleAsync(context);
            if (GraphQLSseHandler.IsSseRequest(context)) return sse.HandleAsync(context);
            return http.HandleAsync(context);
        });
    }
}
