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
    {
        var server = endpoints.ServiceProvider.GetRequiredService<GraphQLServer>();
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
