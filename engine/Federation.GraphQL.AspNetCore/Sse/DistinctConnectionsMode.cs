using Federation.GraphQL.Execution;
using Federation.GraphQL.Language;
using Federation.GraphQL.Subscriptions;
using Microsoft.AspNetCore.Http;

namespace Federation.GraphQL.AspNetCore.Sse;

/// <summary>
/// graphql-sse distinct connections mode: one GET or POST with <c>Accept: text/event-stream</c> per operation; its
/// results stream back as <c>next</c> events, then <c>complete</c>. Closing the connection stops the operation.
/// </summary>
internal sealed class DistinctConnectionsMode
{
    internal const int StreamQueueCapacity = 16;

    private readonly GraphQLServer _server;
    private readonly GraphQLSseOptions _options;
    private readonly CancellationToken _applicationStopping;

    public DistinctConnectionsMode(GraphQLServer server, GraphQLSseOptions options, CancellationToken applicationStopping)
    {
        _server = server;
        _options = options;
        _applicationStopping = applicationStopping;
    }

    public async Task HandleAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.Headers.Allow = "GET, POST, PUT, DELETE";
            await SseResponses.StatusAsync(context, StatusCodes.Status405MethodNotAllowed).ConfigureAwait(false);
            return;
        }
        if (await SseConnectionHook.ConnectAsync(_server, context).ConfigureAwait(false) is not { } contextData)
        {
            await SseConnectionHook.RefuseAsync(context).ConfigureAwait(false);
            return;
        }
        var (parameters, status, problem) = await SseRequestParameters.ReadAsync(context, _server.Options.MaxRequestBodyBytes).ConfigureAwait(false);
        if (status is StatusCodes.Status413PayloadTooLarge or StatusCodes.Status415UnsupportedMediaType)
        {
            await SseResponses.ErrorAsync(context, status, problem!).ConfigureAwait(false);
            return;
        }
        // graphql-sse PROTOCOL.md: request and validation errors go through the accepted stream as a next event.
        if (parameters is null)
        {
            await RespondWithErrorsAsync(context, ExecutionResult.FromError(new GraphQLError(problem!))).ConfigureAwait(false);
            return;
        }
        var executor = _server.Executor;
        var type = SseOperation.Check(executor, parameters.Query!, parameters.OperationName, out var errors);
        if (type is null)
        {
            await RespondWithErrorsAsync(context, ExecutionResult.FromErrors(errors!)).ConfigureAwait(false);
            return;
        }
        if (type == OperationType.Mutation && HttpMethods.IsGet(context.Request.Method))
        {
            // GraphQL over HTTP: mutations are never run for a GET.
            context.Response.Headers.Allow = "POST";
            await SseResponses.ErrorAsync(context, StatusCodes.Status405MethodNotAllowed, "Cannot perform mutations over GET").ConfigureAwait(false);
            return;
        }

        var aborted = context.RequestAborted;
        var request = new ExecutionRequest
        {
            Query = parameters.Query,
            OperationName = parameters.OperationName,
            Variables = parameters.Variables,
            Services = context.RequestServices,
            ContextData = contextData,
            CancellationToken = aborted,
        };
        var operation = await SseOperation.StartAsync(executor, request, type.Value).ConfigureAwait(false);
        var writer = await SseEventWriter.StartAsync(context.Response, context.RequestAborted).ConfigureAwait(false);
        // The operation's own buffer bounds what waits for a slow client; the stream's queue only hands results over.
        var queue = new SseEventQueue(StreamQueueCapacity);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted, _applicationStopping);
        var pump = PumpThenCompleteAsync(operation, queue, _server.Options.SubscriptionBuffer, stop.Token);
        try
        {
            await queue.DrainAsync(writer, _options.KeepAliveInterval, stop.Token).ConfigureAwait(false);
        }
        finally
        {
            // Client gone, application stopping, or the stream failed: stop the operation, which disposes its source.
            await stop.CancelAsync().ConfigureAwait(false);
            await pump.ConfigureAwait(false);
        }
    }

    private static async Task PumpThenCompleteAsync(SseOperation operation, SseEventQueue queue, SubscriptionBufferOptions buffer,
        CancellationToken cancellationToken)
    {
        try
        {
            await operation.PumpAsync(queue, operationId: null, buffer, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            queue.Complete();
        }
    }

    private static async Task RespondWithErrorsAsync(HttpContext context, ExecutionResult errors)
    {
        var writer = await SseEventWriter.StartAsync(context.Response, context.RequestAborted).ConfigureAwait(false);
        writer.WriteNext(errors, operationId: null);
        writer.WriteComplete(operationId: null);
        await writer.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
