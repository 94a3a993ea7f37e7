using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Federation.GraphQL.Execution;

/// <summary>
/// Parsed and validated documents keyed by the SHA-256 of their UTF-8 text (the key of automatic persisted queries),
/// bounded: past its capacity the least recently used quarter is evicted.
/// </summary>
public sealed class DocumentCache
{
    private readonly ConcurrentDictionary<DocumentHash, PreparedDocument> _entries = new();
    private readonly int _capacity;
    private long _clock;
    private int _evicting;

    public DocumentCache(int capacity) => _capacity = Math.Max(1, capacity);

    public int Count => _entries.Count;

    /// <summary>How many lookups were answered from the cache.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    private long _hits;

    public PreparedDocument GetOrAdd(string text, Func<string, PreparedDocument> prepare)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = DocumentHash.Of(text);
        return TryGet(key, out var cached) ? cached : Add(key, prepare(text));
    }

    /// <summary>The same for UTF-8 text, hashed as given (a document has one key whichever form it comes in).</summary>
    public PreparedDocument GetOrAdd(ReadOnlyMemory<byte> utf8, Func<ReadOnlyMemory<byte>, PreparedDocument> prepare)
    {
        var key = DocumentHash.Of(utf8.Span);
        return TryGet(key, out var cached) ? cached : Add(key, prepare(utf8));
    }

    private bool TryGet(DocumentHash key, out PreparedDocument cached)
    {
        if (!_entries.TryGetValue(key, out cached!))
        {
            Telemetry.GraphQLTelemetry.DocumentCacheMiss();
            return false;
        }
        Interlocked.Increment(ref _hits);
        Telemetry.GraphQLTelemetry.DocumentCacheHit();
        cached.LastUsed = Interlocked.Increment(ref _clock);
        return true;
    }

    private PreparedDocument Add(DocumentHash key, PreparedDocument prepared)
    {
        prepared.LastUsed = Interlocked.Increment(ref _clock);
        prepared = _entries.GetOrAdd(key, prepared);
        if (_entries.Count > _capacity) Evict();
        return prepared;
    }

    private void Evict()
    {
        if (Interlocked.Exchange(ref _evicting, 1) == 1) return;
        try
        {
            var snapshot = _entries.ToArray();
            if (snapshot.Length <= _capacity) return;
            Array.Sort(snapshot, static (a, b) => a.Value.LastUsed.CompareTo(b.Value.LastUsed));
            var remove = snapshot.Length - _capacity + _capacity / 4;
            for (var i = 0; i < remove && i < snapshot.Length; i++) _entries.TryRemove(snapshot[i].Key, out _);
        }
        finally
        {
            Volatile.Write(ref _evicting, 0);
        }
    }

    /// <summary>SHA-256 of the UTF-8 text.</summary>
    internal readonly record struct DocumentHash(ulong A, ulong B, ulong C, ulong D)
    {
        public static DocumentHash Of(string text)
        {
            var length = Encoding.UTF8.GetMaxByteCount(text.Length);
            var rented = length <= 4096 ? null : ArrayPool<byte>.Shared.Rent(length);
            Span<byte> buffer = rented ?? stackalloc byte[4096];
            try
            {
                return Of(buffer[..Encoding.UTF8.GetBytes(text, buffer)]);
            }
            finally
            {
                if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
            }
        }

        public static DocumentHash Of(ReadOnlySpan<byte> utf8)
        {
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(utf8, hash);
            var words = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ulong>(hash);
            return new DocumentHash(words[0], words[1], words[2], words[3]);
        }
    }
}
