using System.Buffers;
using Federation.GraphQL;
using Federation.GraphQL.Execution;
using Federation.Gateway.Execution;
using Federation.Gateway.Execution.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Gateway;

/// <summary>
/// The gateway's endpoints: GraphQL over HTTP POST (JSON body) and GET, <c>/health/live</c> and <c>/health/ready</c>.
/// Interim: the engine's transports will serve the gateway once they accept any executor (branch serving).
/// </summary>
public static class GatewayEndpoints
{
    private const int MaxBodyBytes = 16 * 1024 * 1024;

    public static IEndpointRouteBuilder MapGateway(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        endpoints.MapPost(path, HandlePostAsync);
        endpoints.MapGet(path, HandleGetAsync);
        endpoints.MapGet("/health/live", () => Results.Ok(new { status = "live" }));
        endpoints.MapGet("/health/ready", (SupergraphHolder holder) =>
            holder.Current is null ? Results.StatusCode(503) : Results.Ok(new { status = "ready" }));
        return endpoints;
    }

    private static async Task HandlePostAsync(HttpContext context)
    {
        var holder = context.RequestServices.GetRequiredService<SupergraphHolder>();
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        if (body.Length > MaxBodyBytes)
        {
            await WriteAsync(context, ExecutionResult.FromError(new GraphQLError("The request body is too large.")), 413);
            return;
        }
        object? parsed;
        try
        {
            parsed = JsonTree.Parse(body.GetBuffer().AsSpan(0, (int)body.Length));
        }
        catch (System.Text.Json.JsonException ex)
        {
            await WriteAsync(context, ExecutionResult.FromError(new GraphQLError("The request body is not JSON: " + ex.Message)), 400);
            return;
        }
        if (parsed is not Dictionary<string, object?> map || map.GetValueOrDefault("query") is not string query)
        {
            await WriteAsync(context, ExecutionResult.FromError(new GraphQLError("The request must be a JSON object with a \"query\" string.")), 400);
            return;
        }
        await ExecuteAsync(context, holder, query, map.GetValueOrDefault("operationName") as string,
            map.GetValueOrDefault("variables") as Dictionary<string, object?>);
    }

    private static async Task HandleGetAsync(HttpContext context)
    {
        var holder = context.RequestServices.GetRequiredService<SupergraphHolder>();
        var query = context.Request.Query["query"].ToString();
        if (query.Length == 0)
        {
            await WriteAsync(context, ExecutionResult.FromError(new GraphQLError("Missing query.")), 400);
            return;
        }
        var variablesText = context.Request.Query["variables"].ToString();
        Dictionary<string, object?>? variables = null;
        if (variablesText.Length > 0)
        {
            try
            {
                variables = JsonTree.Parse(System.Text.Encoding.UTF8.GetBytes(variablesText)) as Dictionary<string, object?>;
            }
            catch (System.Text.Json.JsonException)
            {
                await WriteAsync(context, ExecutionResult.FromError(new GraphQLError("The variables are not JSON.")), 400);
                return;
            }
        }
        var operationName = context.Request.Query["operationName"].ToString();
        await ExecuteAsync(context, holder, query, operationName.Length == 0 ? null : operationName, variables);
    }

    private static async Task ExecuteAsync(HttpContext context, SupergraphHolder holder, string query, string? operationName,
        Dictionary<string, object?>? variables)
    {
        if (holder.Current is not { } executor)
        {
            await WriteAsync(context, ExecutionResult.FromError(new GraphQLError("No supergraph is loaded.")), 503);
            return;
        }
        var result = await executor.ExecuteAsync(new GatewayRequest
        {
            Query = query,
            OperationName = operationName,
            Variables = variables,
            Traceparent = context.Request.Headers["traceparent"].FirstOrDefault(),
            CancellationToken = context.RequestAborted,
        });
        await WriteAsync(context, result, 200);
    }

    private static async Task WriteAsync(HttpContext context, ExecutionResult result, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        var buffer = new ArrayBufferWriter<byte>(1024);
        result.WriteTo(buffer);
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }
}
