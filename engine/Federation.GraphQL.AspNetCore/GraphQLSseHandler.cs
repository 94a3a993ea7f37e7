using Federation.GraphQL.AspNetCore.Sse;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Federation.GraphQL.AspNetCore;

/// <summary>
/// GraphQL over Server-Sent Events (the graphql-sse protocol) on the GraphQL path: the distinct connections mode
/// (one event stream per operation) and the single connection mode (a reserved stream shared by operations).
/// </summary>
internal sealed class GraphQLSseHandler
{
    private readonly DistinctConnectionsMode _distinct;
    private readonly SingleConnectionMode _single;

    public GraphQLSseHandler(GraphQLServer server, IOptions<GraphQLSseOptions> options, IServiceScopeFactory scopes,
        IHostApplicationLifetime lifetime)
    {
        // Open event streams end when the application stops, so they do not hold up its shutdown.
        var stopping = lifetime.ApplicationStopping;
        _distinct = new DistinctConnectionsMode(server, options.Value, stopping);
        _single = new SingleConnectionMode(server, options.Value, new SseReservationStore(options, server), scopes, stopping);
    }

    /// <summary>
    /// True for what only SSE uses: an Accept of text/event-stream, a reservation token (header or <c>token</c> search
    /// parameter), a reservation PUT (it has no body) and a DELETE naming an <c>operationId</c>. Plain GraphQL GETs and
    /// POSTs, and other PUTs and DELETEs (405 there), stay with the HTTP handler.
    /// </summary>
    public static bool IsSseRequest(HttpContext context)
    {
        var request = context.Request;
        if (AcceptsEventStream(request) || request.Headers.ContainsKey(SingleConnectionMode.TokenHeader)) return true;
        if (HttpMethods.IsPut(request.Method)) return request.ContentLength is null or 0 && request.ContentType is null;
        if (!request.QueryString.HasValue) return false;
        var query = request.Query;
        return query.ContainsKey(SingleConnectionMode.TokenQueryKey) || (HttpMethods.IsDelete(request.Method) && query.ContainsKey("operationId"));
    }

    public Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var token = SingleConnectionMode.ReadToken(request);
        if (HttpMethods.IsPut(request.Method)) return _single.ReserveAsync(context);
        if (HttpMethods.IsDelete(request.Method)) return _single.StopAsync(context, token);
        if (AcceptsEventStream(request)) return token is null ? _distinct.HandleAsync(context) : _single.StreamAsync(context, token);
        return token is null ? SingleConnectionMode.StreamNotFoundAsync(context) : _single.ExecuteAsync(context, token);
    }

    private static bool AcceptsEventStream(HttpRequest request)
    {
        foreach (var accept in request.Headers.Accept)
        {
            if (accept is not null && accept.Contains("text/event-stream", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
