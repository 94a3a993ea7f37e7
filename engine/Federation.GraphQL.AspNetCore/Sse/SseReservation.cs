using System.Collections.Concurrent;

namespace Federation.GraphQL.AspNetCore.Sse;

/// <summary>
/// graphql-sse single connection mode: a reservation made by PUT, fulfilled by at most one event stream. It holds the
/// operations POSTed with its token and the queue of their events (kept, bounded, until the stream opens).
/// </summary>
internal sealed class SseReservation
{
    private const int Reserved = 0, Open = 1, Closed = 2;

    private readonly ConcurrentDictionary<string, Operation> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _lifetime = new();
    private readonly SseReservationStore _store;
    private readonly int _maxOperations;
    private int _state;
    private Timer? _expiry;

    public SseReservation(SseReservationStore store, string token, IDictionary<string, object?> contextData, int queueCapacity, int maxOperations)
    {
        _store = store;
        Token = token;
        ContextData = contextData;
        Events = new SseEventQueue(queueCapacity);
        _maxOperations = maxOperations;
    }

    public string Token { get; }

    /// <summary>What <see cref="GraphQLServerOptions.OnConnect"/> put in the context when the reservation was made.</summary>
    public IDictionary<string, object?> ContextData { get; }

    public SseEventQueue Events { get; }

    /// <summary>Cancelled when the reservation ends (its stream closed, or it expired unopened).</summary>
    public CancellationToken Lifetime => _lifetime.Token;

    public bool IsClosed => Volatile.Read(ref _state) == Closed;

    /// <summary>Drops the reservation if no stream has opened it after <paramref name="timeout"/>.</summary>
    public void ExpireAfter(TimeSpan timeout)
        => _expiry = new Timer(static r => ((SseReservation)r!).Expire(), this, timeout, Timeout.InfiniteTimeSpan);

    /// <summary>Claims the reservation for an event stream; false when one already has it (or it ended).</summary>
    public bool TryOpen()
    {
        if (Interlocked.CompareExchange(ref _state, Open, Reserved) != Reserved) return false;
        _expiry?.Dispose();
        return true;
    }

    public enum AddOutcome
    {
        Added,
        Duplicate,
        TooMany,
        Closed,
    }

    /// <summary>A running operation of the reservation; its pump owns it and disposes it when done.</summary>
    public sealed class Operation : IDisposable
    {
        private readonly CancellationTokenSource _stop;

        public Operation(string id, CancellationToken reservationLifetime)
        {
            Id = id;
            _stop = CancellationTokenSource.CreateLinkedTokenSource(reservationLifetime);
            Token = _stop.Token;
        }

        public string Id { get; }

        /// <summary>Cancelled by a DELETE of the operation or by the end of the reservation.</summary>
        public CancellationToken Token { get; }

        public void Stop()
        {
            try
            {
                _stop.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // It ended by itself meanwhile.
            }
        }

        public void Dispose() => _stop.Dispose();
    }

    /// <summary>Registers an operation under the client's id.</summary>
    public AddOutcome TryAddOperation(string operationId, out Operation operation)
    {
        operation = null!;
        if (IsClosed) return AddOutcome.Closed;
        if (_operations.Count >= _maxOperations) return AddOutcome.TooMany;
        var created = new Operation(operationId, _lifetime.Token);
        if (!_operations.TryAdd(operationId, created))
        {
            created.Dispose();
            return AddOutcome.Duplicate;
        }
        operation = created;
        return AddOutcome.Added;
    }

    /// <summary>Stops the operation (DELETE); false when no running operation has that id.</summary>
    public bool TryStopOperation(string operationId)
    {
        if (!_operations.TryRemove(operationId, out var operation)) return false;
        operation.Stop();
        return true;
    }

    /// <summary>The operation's pump ended: forget its id (the client may reuse it) and release it.</summary>
    public void Forget(Operation operation)
    {
        _operations.TryRemove(new KeyValuePair<string, Operation>(operation.Id, operation));
        operation.Dispose();
    }

    /// <summary>Ends the reservation: its operations stop (disposing their sources), its stream ends, its token is freed.</summary>
    public void Close()
    {
        if (Interlocked.Exchange(ref _state, Closed) != Closed) Release();
    }

    private void Expire()
    {
        if (Interlocked.CompareExchange(ref _state, Closed, Reserved) == Reserved) Release();
    }

    private void Release()
    {
        _expiry?.Dispose();
        _store.Remove(this);
        _lifetime.Cancel();
        Events.Complete();
    }
}
