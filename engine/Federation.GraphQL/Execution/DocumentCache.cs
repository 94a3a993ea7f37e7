using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Federation.GraphQL.Execution.Compilation;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Execution;

/// <summary>A parsed document with the outcome of its validation, as kept by the document cache.</summary>
public sealed class PreparedDocument
{
    internal PreparedDocument(DocumentNode? document, IReadOnlyList<GraphQLError> errors)
    {
        Document = document;
        Errors = errors;
    }

    /// <summary>Null when the text did not parse.</summary>
    public DocumentNode? Document { get; }

    /// <summary>Syntax or validation errors; empty when the document can be executed.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    internal long LastUsed;

    private RootPlan? _rootPlan;

    /// <summary>How many result values the last execution sharing the plans stored synchronously (sizes the next one's slab).</summary>
    internal int ResultSlots;

    /// <summary>
    /// The root selection set's plan for an operation without variables, shared by the executions of this document
    /// (arguments, @skip/@include and sub-selections then come out the same every time); built on first use.
    /// </summary>
    internal SelectionPlan GetRootPlan(OperationDefinitionNode operation, ObjectType rootType, FieldCollector collector)
    {
        var cached = Volatile.Read(ref _rootPlan);
        if (cached is not null && ReferenceEquals(cached.Operation, operation) && ReferenceEquals(cached.Type, rootType)) return cached.Plan;
        var plan = collector.Collect(rootType, operation.SelectionSet);
        Volatile.Write(ref _rootPlan, new RootPlan(operation, rootType, plan));
        return plan;
    }

    private sealed record RootPlan(OperationDefinitionNode Operation, ObjectType Type, SelectionPlan Plan);
}

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
        var key = DocumentHash.Of(text);
        if (_entries.TryGetValue(key, out var cached))
        {
            Interlocked.Increment(ref _hits);
            Telemetry.GraphQLTelemetry.DocumentCacheHit();
            cached.LastUsed = Interlocked.Increment(ref _clock);
            return cached;
        }
        Telemetry.GraphQLTelemetry.DocumentCacheMiss();
        var prepared = prepare(text);
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
                var written = Encoding.UTF8.GetBytes(text, buffer);
                Span<byte> hash = stackalloc byte[32];
                SHA256.HashData(buffer[..written], hash);
                var words = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ulong>(hash);
                return new DocumentHash(words[0], words[1], words[2], words[3]);
            }
            finally
            {
                if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
