using System.Threading.Channels;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Language;

namespace Federation.GraphQL.AspNetCore.Sse;

/// <summary>
/// One GraphQL operation served over SSE: checked before the server answers (syntax, validation, mutations over GET),
/// then started (a query or mutation gives one result, a subscription a stream), then pumped into an event queue.
/// </summary>
internal sealed class SseOperation
{
    private readonly ExecutionResult? _result;
    private readonly IAsyncEnumerable<ExecutionResult>? _stream;

    private SseOperation(ExecutionResult? result, IAsyncEnumerable<ExecutionResult>? stream)
    {
        _result = result;
        _stream = stream;
    }

    /// <summary>
    /// The operation's type from the cached, validated document; null with <paramref name="errors"/> when the document
    /// does not parse or validate. An operation the executor will not find counts as a query (the executor reports it).
    /// </summary>
    public static OperationType? Check(RequestExecutor executor, string query, string? operationName, out IReadOnlyList<GraphQLError>? errors)
    {
        var prepared = executor.GetDocument(query);
        if (prepared.Errors.Count > 0)
        {
            errors = prepared.Errors;
            return null;
        }
        errors = null;
        OperationDefinitionNode? found = null;
        foreach (var definition in prepared.Document!.Definitions)
        {
            if (definition is not OperationDefinitionNode operation) continue;
            if (operationName is null ? found is null : operation.Name?.Value == operationName) found = operation;
        }
        return found?.Operation ?? OperationType.Query;
    }

    /// <summary>Spec 6.1 ExecuteRequest: a subscription creates its source stream now, anything else runs to its result.</summary>
    public static async ValueTask<SseOperation> StartAsync(RequestExecutor executor, ExecutionRequest request, OperationType type)
    {
        if (type != OperationType.Subscription)
        {
            return new SseOperation(await executor.ExecuteAsync(request).ConfigureAwait(false), null);
        }
        var subscription = await executor.SubscribeAsync(request).ConfigureAwait(false);
        return new SseOperation(subscription.Result, subscription.Stream);
    }

    /// <summary>
    /// Queues a <c>next</c> event per result, then <c>complete</c>. Cancelling stops the stream and disposes its source;
    /// a cancelled operation sends no <c>complete</c> (its client asked for the stop or is gone).
    /// </summary>
    public async Task PumpAsync(SseEventQueue queue, string? operationId, CancellationToken cancellationToken)
    {
        try
        {
            if (_stream is null)
            {
                await queue.WriteAsync(SseEvent.Next(operationId, _result!), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await PumpStreamAsync(queue, operationId, cancellationToken).ConfigureAwait(false);
            }
            await queue.WriteAsync(SseEvent.Complete(operationId), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (ChannelClosedException)
        {
            // The event stream closed first.
        }
    }

    private async Task PumpStreamAsync(SseEventQueue queue, string? operationId, CancellationToken cancellationToken)
    {
        await using var results = _stream!.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            ExecutionResult next;
            try
            {
                if (!await results.MoveNextAsync().ConfigureAwait(false)) return;
                next = results.Current;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The source stream failed (for example its buffer overflowed): its error is the last result.
                var error = ex is GraphQLException { Errors.Count: > 0 } g ? g.Errors[0] : new GraphQLError(ex.Message, exception: ex);
                await queue.WriteAsync(SseEvent.Next(operationId, ExecutionResult.FromError(error)), cancellationToken).ConfigureAwait(false);
                return;
            }
            await queue.WriteAsync(SseEvent.Next(operationId, next), cancellationToken).ConfigureAwait(false);
        }
    }
}
