using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Federation.GraphQL.AspNetCore.Sse;

/// <summary>
/// The single connection mode's reservations by token, bounded by <see cref="GraphQLSseOptions.MaxReservations"/>
/// (unopened ones expire after <see cref="GraphQLSseOptions.ReservationTimeout"/>, so abandoned PUTs do not pile up).
/// </summary>
internal sealed class SseReservationStore
{
    private readonly ConcurrentDictionary<string, SseReservation> _reservations = new(StringComparer.Ordinal);
    private readonly GraphQLSseOptions _options;
    private readonly int _queueCapacity;
    private int _count;

    public SseReservationStore(IOptions<GraphQLSseOptions> options, GraphQLServer server)
    {
        _options = options.Value;
        // The operations' own buffers bound what waits for a slow client; this queue is shared by them.
        _queueCapacity = Math.Max(DistinctConnectionsMode.StreamQueueCapacity, server.Options.SubscriptionBuffer.Capacity);
    }

    public int Count => Volatile.Read(ref _count);

    /// <summary>A new reservation with an unguessable token; null when the store is full.</summary>
    public SseReservation? TryReserve(IDictionary<string, object?> contextData)
    {
        if (Interlocked.Increment(ref _count) > _options.MaxReservations)
        {
            Interlocked.Decrement(ref _count);
            return null;
        }
        SseReservation reservation;
        do
        {
            reservation = new SseReservation(this, NewToken(), contextData, _queueCapacity, _options.MaxOperationsPerStream);
        }
        while (!_reservations.TryAdd(reservation.Token, reservation));
        reservation.ExpireAfter(_options.ReservationTimeout);
        return reservation;
    }

    public SseReservation? Find(string token) => _reservations.TryGetValue(token, out var r) && !r.IsClosed ? r : null;

    internal void Remove(SseReservation reservation)
    {
        if (_reservations.TryRemove(new KeyValuePair<string, SseReservation>(reservation.Token, reservation))) Interlocked.Decrement(ref _count);
    }

    private static string NewToken()
    {
        Span<byte> bytes = stackalloc byte[18];
        RandomNumberGenerator.Fill(bytes);
        return Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');
    }
}
