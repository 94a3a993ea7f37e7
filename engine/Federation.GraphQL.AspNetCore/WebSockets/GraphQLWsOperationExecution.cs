using Federation.GraphQL.Execution;
using Federation.GraphQL.Language;

namespace Federation.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Runs one Subscribe message: subscriptions through <see cref="IRequestExecutor.SubscribeAsync"/> (a Next per event),
/// queries and mutations through <see cref="IRequestExecutor.ExecuteAsync"/> (one Next), then Complete. Documents that
/// do not parse or validate, or name no operation, get an Error message instead (as graphql-ws's server does).
/// </summary>
internal static class GraphQLWsOperationExecution
{
    public static async Task RunAsync(GraphQLWsOperation operation, GraphQLWsSubscribePayload payload, IRequestExecutor executor,
        IServiceProvider services, IReadOnlyDictionary<string, object?> connectionData, GraphQLWsOperationRegistry registry)
    {
        await Task.Yield(); // leave the receive loop at once: operations run concurrently
        try
        {
            var request = new ExecutionRequest
            {
                Query = payload.Query,
                OperationName = payload.OperationName,
                Variables = payload.Variables,
                Services = services,
                ContextData = new Dictionary<string, object?>(connectionData),
                CancellationToken = operation.Token,
            };
            var document = executor.GetDocument(payload.Query);
            if (document.Errors.Count > 0)
            {
                Finish(operation, registry, GraphQLWsMessageWriter.Error(operation.Id, document.Errors));
                return;
            }
            var definition = document.GetOperation(payload.OperationName, out var selectionError);
            if (definition is null)
            {
                Finish(operation, registry, GraphQLWsMessageWriter.Error(operation.Id, [selectionError!]));
                return;
            }
            if (definition.Operation == OperationType.Subscription)
            {
                await StreamAsync(operation, executor, request, registry).ConfigureAwait(false);
                return;
            }
            var result = await executor.ExecuteAsync(request).ConfigureAwait(false);
            operation.Token.ThrowIfCancellationRequested(); // completed by the client: its result is not sent
            operation.TryEnqueueResult(GraphQLWsMessageWriter.Next(operation.Id, result), out _);
            Finish(operation, registry, GraphQLWsMessageWriter.Complete(operation.Id));
        }
        catch (OperationCanceledException) when (operation.Token.IsCancellationRequested)
        {
            // Completed by the client or the connection ended: nothing more is sent for this id.
        }
        catch (Exception ex)
        {
            IReadOnlyList<GraphQLError> errors = ex is GraphQLException { Errors.Count: > 0 } g ? g.Errors : [new GraphQLError(ex.Message, exception: ex)];
            Finish(operation, registry, GraphQLWsMessageWriter.Error(operation.Id, errors));
        }
        finally
        {
            registry.Remove(operation);
            operation.Dispose(); // its queued frames are still sent; only an End (client complete, connection gone) skips them
        }
    }

    private static async Task StreamAsync(GraphQLWsOperation operation, IRequestExecutor executor, ExecutionRequest request,
        GraphQLWsOperationRegistry registry)
    {
        var subscription = await executor.SubscribeAsync(request).ConfigureAwait(false);
        if (subscription.Stream is not { } stream)
        {
            // No source stream (variables did not coerce, the subscriber failed): one result, as graphql-js's subscribe gives.
            operation.TryEnqueueResult(GraphQLWsMessageWriter.Next(operation.Id, subscription.Result!), out _);
            Finish(operation, registry, GraphQLWsMessageWriter.Complete(operation.Id));
            return;
        }
        // Enumerated even when already cancelled: starting the stream is what lets it dispose its source.
        await foreach (var result in stream.WithCancellation(operation.Token).ConfigureAwait(false))
        {
            if (operation.TryEnqueueResult(GraphQLWsMessageWriter.Next(operation.Id, result), out var bufferFull)) continue;
            if (bufferFull)
            {
                Finish(operation, registry, GraphQLWsMessageWriter.Error(operation.Id, [BufferFullError()]));
            }
            return; // leaving the loop disposes the response stream and, through it, the source stream
        }
        operation.Token.ThrowIfCancellationRequested();
        Finish(operation, registry, GraphQLWsMessageWriter.Complete(operation.Id));
    }

    /// <summary>Forgets the id first, so a client that reuses it right after the last message is not refused.</summary>
    private static void Finish(GraphQLWsOperation operation, GraphQLWsOperationRegistry registry, GraphQLWsFrame last)
    {
        registry.Remove(operation);
        operation.EnqueueFinal(last);
    }

    internal static GraphQLError BufferFullError() => new(
        "The subscription fell too far behind its client and was ended.",
        extensions: new Dictionary<string, object?> { ["code"] = "SUBSCRIPTION_BUFFER_FULL" });
}
