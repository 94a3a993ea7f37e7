using Microsoft.AspNetCore.Http;

namespace Federation.GraphQL.AspNetCore;

// Scaffolding: replaced by the transport's implementation before it lands.
internal sealed class GraphQLHttpHandler
{
    private readonly GraphQLServer _server;

    public GraphQLHttpHandler(GraphQLServer server) => _server = server;

    public Task HandleAsync(HttpContext context)
    {
        _ = _server;
        context.Response.StatusCode = StatusCodes.Status501NotImplemented;
        return Task.CompletedTask;
    }
}
