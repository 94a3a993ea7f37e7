using System.Security.Cryptography;
using System.Text;
using Federation.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Http;

namespace Federation.Cli.Commands;

/// <summary>
/// <c>fed serve --auth-token T</c>: a shared bearer token. HTTP and SSE requests to the GraphQL path need
/// <c>Authorization: Bearer T</c> (401 with <c>WWW-Authenticate: Bearer</c> otherwise, RFC 6750 section 3); a WebSocket
/// may upgrade without it (browsers cannot set headers) but its ConnectionInit payload must carry
/// <c>{"authorization": "Bearer T"}</c> unless the upgrade request had the header, else it is closed with 4403
/// (graphql-transport-ws, ConnectionInit). Health endpoints stay open.
/// </summary>
internal sealed class ServeAuth(string token)
{
    private readonly byte[] _expected = Encoding.UTF8.GetBytes(token);

    /// <summary>True for "Bearer T" (the scheme case-insensitive, RFC 9110 section 11.1), the token compared in constant time.</summary>
    public bool Accepts(string? value) =>
        value is not null && value.Length > 7 && value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(value[7..]), _expected);

    /// <summary>The OnConnect hook: the upgrade request's header or the ConnectionInit payload's "authorization".</summary>
    public ValueTask<bool> OnConnect(GraphQLConnectionContext connection) => ValueTask.FromResult(
        Accepts(connection.HttpContext.Request.Headers.Authorization.ToString())
        || Accepts(connection.Payload?.GetValueOrDefault("authorization") as string));

    /// <summary>Middleware for <paramref name="path"/>: WebSocket upgrades pass (OnConnect decides), other requests need the header.</summary>
    public Func<HttpContext, RequestDelegate, Task> Middleware(PathString path) => async (context, next) =>
    {
        if (!context.Request.Path.Equals(path) || context.WebSockets.IsWebSocketRequest
            || Accepts(context.Request.Headers.Authorization.ToString()))
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync("""{"errors":[{"message":"Unauthorized: send the header 'Authorization: Bearer <token>'."}]}""");
    };
}
