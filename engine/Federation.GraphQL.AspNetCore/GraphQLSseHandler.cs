using Microsoft.AspNetCore.Http;

namespace Federation.GraphQL.AspNetCore;

// Scaffolding: replaced by the transport's implementation before it lands.
internal sealed class GraphQLSseHandler
{
    private readonly GraphQLServer _server;

    public GraphQLSseHandler(GraphQLServer server) => _server = server;

    public static bool IsSseRequest(HttpContext context) => false;

    public Task HandleAsync(HttpContext context)
    {
        _ = _server;
        context.Response.StatusCode = StatusCodes.Status501NotImplemented;
        return Task.CompletedTask;
    }
}
