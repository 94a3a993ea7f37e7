using Federation.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Federation.GraphQL.AspNetCore;

public static class GraphQLResolverContextExtensions
{
    /// <summary>The key under which the transports put the request's <see cref="HttpContext"/> into the context data.</summary>
    public const string HttpContextKey = "HttpContext";

    /// <summary>The HTTP request (or WebSocket / SSE connection) the operation came in on, when served by ASP.NET Core.</summary>
    public static HttpContext? GetHttpContext(this IResolverContext context)
        => context.ContextData.TryGetValue(HttpContextKey, out var value) ? value as HttpContext : null;
}
