using System.Threading.Channels;
using Federation.GraphQL.Execution;

namespace Federation.GraphQL.AspNetCore.Sse;

internal enum SseEventKind
{
    Next,
    Complete,
    KeepAlive,
}

/// <summary>One event waiting to be written; <see cref="OperationId"/> is null in the distinct connections mode.</summary>
internal readonly record struct SseEvent(SseEventKind Kind, string? OperationId, ExecutionResult? Result)
{
    public static SseEvent Next(string? operationId, ExecutionResult result) => new(SseEventKind.Next, operationId, result);

    public static SseEvent Complete(string? operationId) => new(SseEventKind.Complete, operationId, null);

    public static readonly SseEvent KeepAlive = new(SseEventKind.KeepAlive, null, null);
}

/// <summary>
/// The events bound for one event stream, written by the operations and drained by the stream's response. Bounded:
/// when a slow client lets it fill, the operations' own buffers (<see cref="GraphQLServerOptions.SubscriptionBuffer"/>)
/// take the results and drop them as configured, so memory stays bounded.
/// </summary>
internal sealed class SseEventQueue
{
    private readonly Channel<SseEvent> _events;

    public SseEventQueue(int capacity)
    {
        _events = Channel.CreateBounded<SseEvent>(new BoundedChannelOptions(Math.Max(1, capacity))
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public ValueTask WriteAsync(SseEvent e, CancellationToken cancellationToken) => _events.Writer.WriteAsync(e, cancellationToken);

    /// <summary>No more events: the drain ends once the queued ones are written.</summary>
    public void Complete() => _events.Writer.TryComplete();

    /// <summary>
    /// Writes queued events to <paramref name="writer"/> until the queue completes, the client leaves or
    /// <paramref name="cancellationToken"/> fires; events queued together are flushed together. A keep-alive comment is
    /// queued every <paramref name="keepAlive"/> (skipped while the queue is full: events are flowing then).
    /// </summary>
    public async Task DrainAsync(SseEventWriter writer, TimeSpan? keepAlive, CancellationToken cancellationToken)
    {
        using var pinger = keepAlive is { } interval && interval > TimeSpan.Zero
            ? new Timer(static q => ((SseEventQueue)q!)._events.Writer.TryWrite(SseEvent.KeepAlive), this, interval, interval)
            : null;
        var reader = _events.Reader;
        try
        {
            while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (reader.TryRead(out var e)) writer.Write(e);
                if (!await writer.FlushAsync(cancellationToken).ConfigureAwait(false)) return;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client left or the stream was closed: nothing more to write.
        }
    }
}
