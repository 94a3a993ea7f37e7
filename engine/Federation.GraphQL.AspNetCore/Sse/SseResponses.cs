using Federation.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Federation.GraphQL.AspNetCore.Sse;

/// <summary>The plain HTTP answers of the SSE transport: GraphQL-shaped JSON errors (as graphql-sse's reference server sends).</summary>
internal static class SseResponses
{
    public static Task ErrorAsync(HttpContext context, int statusCode, string message)
        => ResultAsync(context, statusCode, ExecutionResult.FromError(new GraphQLError(message)));

    public static Task ResultAsync(HttpContext context, int statusCode, ExecutionResult result)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = AcceptsGraphQLResponse(context.Request) ? "application/graphql-response+json; charset=utf-8" : "application/json; charset=utf-8";
        result.WriteTo(response.BodyWriter);
        return response.BodyWriter.FlushAsync(context.RequestAborted).AsTask();
    }

    public static Task StatusAsync(HttpContext context, int statusCode)
    {
        context.Response.StatusCode = statusCode;
        return Task.CompletedTask;
    }

    private static bool AcceptsGraphQLResponse(HttpRequest request)
    {
        foreach (var accept in request.Headers.Accept)
        {
            if (accept is not null && accept.Contains("application/graphql-response+json", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
