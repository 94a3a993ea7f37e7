using Federation.GraphQL.Subscriptions;

namespace Federation.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// One operation started by a Subscribe message: its cancellation, and the bounded share of the socket's outbox that its
/// results may occupy. Results beyond <see cref="SubscriptionBufferOptions.Capacity"/> frames still waiting to be sent
/// are handled as <see cref="SubscriptionBufferOptions.FullMode"/> says, so a slow client holds at most that many
/// results per operation in server memory.
/// </summary>
internal sealed class GraphQLWsOperation : IDisposable
{
    private readonly object _gate = new();
    private readonly Queue<GraphQLWsFrame> _pending = new();
    private readonly CancellationTokenSource _cancellation;
    private readonly GraphQLWsOutbox _outbox;
    private readonly int _capacity;
    private readonly BufferFullMode _fullMode;
    private bool _ended;

    public GraphQLWsOperation(string id, GraphQLWsOutbox outbox, SubscriptionBufferOptions buffer, CancellationToken connection)
    {
        Id = id;
        _outbox = outbox;
        _capacity = Math.Max(1, buffer.Capacity);
        _fullMode = buffer.FullMode;
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(connection);
    }

    public string Id { get; }

    /// <summary>Cancelled when the client completes the operation or the connection ends.</summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>The running execution (set once started).</summary>
    public Task Completion { get; set; } = Task.CompletedTask;

    /// <summary>Results dropped because the client read too slowly.</summary>
    public int DroppedResults { get; private set; }

    /// <summary>
    /// Queues a result frame within the operation's bound. False when the frame was not queued: the operation has ended,
    /// or the buffer is full in <see cref="BufferFullMode.Complete"/> mode (then the caller ends the operation with an error).
    /// </summary>
    public bool TryEnqueueResult(GraphQLWsFrame frame, out bool bufferFull)
    {
        bufferFull = false;
        lock (_gate)
        {
            if (_ended)
            {
                frame.Release();
                return false;
            }
            if (_pending.Count >= _capacity)
            {
                switch (_fullMode)
                {
                    case BufferFullMode.DropNewest:
                        DroppedResults++;
                        frame.Release();
                        return true;
                    case BufferFullMode.DropOldest:
                        DroppedResults++;
                        _pending.Dequeue().Dropped = true; // the writer releases it when it comes to it
                        break;
                    default:
                        frame.Release();
                        bufferFull = true;
                        return false;
                }
            }
            frame.Owner = this;
            _pending.Enqueue(frame);
            if (!_outbox.TryEnqueue(frame))
            {
                _pending.Clear();
                return false;
            }
            return true;
        }
    }

    /// <summary>Queues the operation's last message (complete or error); it is sent unless the operation was ended meanwhile.</summary>
    public void EnqueueFinal(GraphQLWsFrame frame)
    {
        lock (_gate)
        {
            if (_ended)
            {
                frame.Release();
                return;
            }
            frame.Owner = this;
        }
        _outbox.TryEnqueue(frame);
    }

    /// <summary>Called by the socket writer before it sends a frame of this operation: false when it must be skipped.</summary>
    public bool TryTake(GraphQLWsFrame frame)
    {
        lock (_gate)
        {
            if (frame.Dropped || _ended) return false;
            if (_pending.Count > 0 && ReferenceEquals(_pending.Peek(), frame)) _pending.Dequeue();
            return true;
        }
    }

    /// <summary>Stops the operation: nothing more of it is sent, its resolvers and source stream see cancellation.</summary>
    public void End()
    {
        lock (_gate)
        {
            if (_ended) return;
            _ended = true;
            _pending.Clear();
        }
        try
        {
            _cancellation.Cancel();
        }
        catch (AggregateException)
        {
            // A callback registered by a resolver threw; the operation is ended regardless.
        }
        catch (ObjectDisposedException)
        {
            // The operation finished on its own meanwhile.
        }
    }

    public void Dispose() => _cancellation.Dispose();
}
