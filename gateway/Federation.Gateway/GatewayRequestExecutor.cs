using System.Text;
using Federation.Gateway.Execution;
using Federation.GraphQL;
using Federation.GraphQL.AspNetCore;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;
using Microsoft.AspNetCore.Http;

namespace Federation.Gateway;

/// <summary>
/// A supergraph's <see cref="GatewayExecutor"/> behind the engine's <see cref="IRequestExecutor"/>, so the serving layer's
/// transports (GraphQL over HTTP, graphql-transport-ws, SSE) serve the gateway. Documents are parsed and validated against
/// the API schema through the engine's cache; execution plans and runs the subgraph fetches.
/// </summary>
public sealed class GatewayRequestExecutor(GatewayExecutor gateway) : IRequestExecutor
{
    public GatewayExecutor Gateway { get; } = gateway ?? throw new ArgumentNullException(nameof(gateway));

    public Schema Schema => Gateway.Shaper.Schema;

    public PreparedDocument GetDocument(string query) => Gateway.Shaper.GetDocument(query);

    public PreparedDocument GetDocument(ReadOnlyMemory<byte> utf8Query) => Gateway.Shaper.GetDocument(utf8Query);

    public ValueTask<ExecutionResult> ExecuteAsync(ExecutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query ?? (request.QueryUtf8 is { } utf8 ? Encoding.UTF8.GetString(utf8.Span) : null);
        if (query is null) return new(ExecutionResult.FromError(new GraphQLError("Must provide document.")));
        var http = request.ContextData?.TryGetValue(GraphQLResolverContextExtensions.HttpContextKey, out var value) == true
            ? value as HttpContext
            : null;
        return Gateway.ExecuteAsync(new GatewayRequest
        {
            Query = query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Traceparent = http?.Request.Headers["traceparent"].FirstOrDefault(),
            CancellationToken = request.CancellationToken,
        });
    }

    /// <summary>Subscriptions through the gateway are not planned yet: one result with an error (spec 6.2.3: the stream cannot start).</summary>
    public ValueTask<SubscriptionResult> SubscribeAsync(ExecutionRequest request)
        => new(SubscriptionResult.FromResult(ExecutionResult.FromError(
            new GraphQLError("Subscriptions through the gateway are not supported yet."))));
}
