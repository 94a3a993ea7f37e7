using System.Threading.Channels;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Language;
using Federation.GraphQL.Subscriptions;

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
    public static OperationType? Check(IRequestExecutor executor, string query, string? operationName, out IReadOnlyList<GraphQLError>? errors)
    {
        var prepared = executor.GetDocument(query);
        if (prepared.Errors.Count > 0)
        {
            errors = prepared.Errors;
            return null;
        }
        errors = null;
        return prepared.GetOperation(operationName, out _)?.Operation ?? OperationType.Query;
    }

    /// <summary>Spec 6.1 ExecuteRequest: a subscription creates its source stream now, anything else runs to its result.</summary>
    public static async ValueTask<SseOperation> StartAsync(IRequestExecutor executor, ExecutionRequest request, OperationType type)
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
    public async Task PumpAsync(SseEventQueue queue, string? operationId, SubscriptionBufferOptions buffer, CancellationToken cancellationToken)
    {
        try
        {
            if (_stream is null)
            {
                await queue.WriteAsync(SseEvent.Next(operationId, _result!), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await PumpStreamAsync(queue, operationId, buffer, cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// Results wait in the operation's own buffer (<see cref="GraphQLServerOptions.SubscriptionBuffer"/>) while the
    /// stream's shared queue is full: the source keeps being read, and a slow client loses results as
    /// <see cref="SubscriptionBufferOptions.FullMode"/> says instead of holding up the source.
    /// </summary>
    private async Task PumpStreamAsync(SseEventQueue queue, string? operationId, SubscriptionBufferOptions options,
        CancellationToken cancellationToken)
    {
        var buffer = Channel.CreateBounded<ExecutionResult>(new BoundedChannelOptions(Math.Max(1, options.Capacity))
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = options.FullMode switch
            {
                BufferFullMode.DropOldest => BoundedChannelFullMode.DropOldest,
                BufferFullMode.DropNewest => BoundedChannelFullMode.DropWrite,
                _ => BoundedChannelFullMode.Wait,
            },
        });
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = ReadSourceAsync(buffer.Writer, stopReading.Token);
        try
        {
            await foreach (var result in buffer.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await queue.WriteAsync(SseEvent.Next(operationId, result), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (SourceFailedException failed)
        {
            // The source failed or the client fell too far behind: that error is the last result.
            await queue.WriteAsync(SseEvent.Next(operationId, ExecutionResult.FromError(failed.Error)), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // However forwarding ended, the source stops (and is disposed) before the operation is over.
            await stopReading.CancelAsync().ConfigureAwait(false);
            await reading.ConfigureAwait(false);
        }
    }

    private async Task ReadSourceAsync(ChannelWriter<ExecutionResult> buffer, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        try
        {
            await foreach (var result in _stream!.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                // TryWrite only fails in Complete mode (the other modes drop instead).
                if (!buffer.TryWrite(result))
                {
                    failure = new SourceFailedException(new GraphQLError("The subscription fell too far behind and was ended.",
                        extensions: new Dictionary<string, object?> { ["code"] = "SUBSCRIPTION_BUFFER_FULL" }));
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            var error = ex is GraphQLException { Errors.Count: > 0 } g ? g.Errors[0] : new GraphQLError(ex.Message, exception: ex);
            failure = new SourceFailedException(error);
        }
        finally
        {
            buffer.TryComplete(failure);
        }
    }

    private sealed class SourceFailedException(GraphQLError error) : Exception(error.Message)
    {
        public GraphQLError Error { get; } = error;
    }
}
