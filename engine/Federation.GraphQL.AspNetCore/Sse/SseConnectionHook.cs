using Microsoft.AspNetCore.Http;

namespace Federation.GraphQL.AspNetCore.Sse;

/// <summary>Runs <see cref="GraphQLServerOptions.OnConnect"/> for a new event stream (or reservation).</summary>
internal static class SseConnectionHook
{
    /// <summary>The connection's context data (for every operation on it), or null when the hook refused it.</summary>
    public static async ValueTask<Dictionary<string, object?>?> ConnectAsync(GraphQLServer server, HttpContext context)
    {
        var data = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (server.Options.OnConnect is { } onConnect && !await onConnect(new GraphQLConnectionContext(context, null, data)).ConfigureAwait(false))
        {
            return null;
        }
        return data;
    }

    public static Task RefuseAsync(HttpContext context) => SseResponses.ErrorAsync(context, StatusCodes.Status403Forbidden, "Forbidden");
}
