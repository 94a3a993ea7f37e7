using System.Collections.Concurrent;

namespace Federation.GraphQL.Execution.DataLoader;

/// <summary>
/// The DataLoaders of one request and their batch scheduler. Loads requested while the executor has synchronous work in
/// progress are held; when the executor runs out of work (every started field is waiting) the batches are dispatched,
/// so N loads made by the fields of one level become one batch call.
/// </summary>
public sealed class DataLoaderScope
{
    // Keys: a loader type's full name, a user's string key, or a delegate (equal when same method and same target).
    private ConcurrentDictionary<object, DataLoaderBase>? _loaders; // created on first use: most requests use no loader
    private readonly List<DataLoaderBase> _pending = new();
    private int _active;
    private int _dispatching;
    private volatile bool _again;

    public DataLoaderScope(IServiceProvider? services = null, CancellationToken cancellationToken = default)
    {
        Services = services ?? EmptyServiceProvider.Instance;
        CancellationToken = cancellationToken;
    }

    public IServiceProvider Services { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The loader registered under <paramref name="key"/>, created by <paramref name="factory"/> on first use.</summary>
    public T GetOrAdd<T>(string key, Func<T> factory) where T : DataLoaderBase
    {
        ArgumentNullException.ThrowIfNull(key);
        return GetOrAddCore(key, factory);
    }

    /// <summary>
    /// The request's instance of <typeparamref name="T"/>: made by its registration (<c>AddDataLoader</c>) when there is
    /// one, else by its constructor with arguments from the request services.
    /// </summary>
    public T Get<T>() where T : DataLoaderBase => (T)Get(typeof(T));

    /// <summary>The request's instance of the DataLoader registered for <paramref name="serviceType"/> (or of that class).</summary>
    public object Get(Type serviceType)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return GetOrAddCore(DataLoaderRegistry.KeyOf(serviceType), () => Services.GetService(typeof(DataLoaderRegistry)) is DataLoaderRegistry registry
            ? registry.Create(serviceType, Services)
            : DataLoaderRegistry.CreateUnregistered(serviceType, Services));
    }

    internal T GetOrAddCore<T>(object key, Func<T> factory) where T : DataLoaderBase
    {
        var loaders = _loaders ?? LazyInitializer.EnsureInitialized(ref _loaders, static () => new());
        if (loaders.TryGetValue(key, out var existing)) return (T)existing;
        var created = factory();
        created.Attach(this);
        return (T)loaders.GetOrAdd(key, created);
    }

    /// <summary>Marks the start of synchronous executor work: batches wait until it ends.</summary>
    public void Enter() => Interlocked.Increment(ref _active);

    /// <summary>Marks the end of synchronous executor work; dispatches the waiting batches when no work is left.</summary>
    public void Exit()
    {
        if (Interlocked.Decrement(ref _active) == 0) DispatchPending();
    }

    /// <summary>Dispatches every waiting batch now.</summary>
    public void Dispatch() => DispatchPending();

    internal void Schedule(DataLoaderBase loader)
    {
        lock (_pending) _pending.Add(loader);
        // Nobody is executing: the load came from user code running on its own; dispatch once that code yields.
        if (Volatile.Read(ref _active) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static s => s.DispatchIfIdle(hops: 1), this, preferLocal: false);
        }
    }

    // One more hop through the thread pool lets sibling continuations queued at the same time add their loads first.
    private void DispatchIfIdle(int hops)
    {
        if (Volatile.Read(ref _active) != 0) return;
        if (hops > 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static s => s.DispatchIfIdle(hops: 0), this, preferLocal: false);
            return;
        }
        DispatchPending();
    }

    private void DispatchPending()
    {
        while (true)
        {
            if (Interlocked.Exchange(ref _dispatching, 1) == 1)
            {
                _again = true;
                return;
            }
            try
            {
                do
                {
                    _again = false;
                    DataLoaderBase[] batch;
                    lock (_pending)
                    {
                        if (_pending.Count == 0) break;
                        batch = _pending.ToArray();
                        _pending.Clear();
                    }
                    foreach (var loader in batch) loader.DispatchBatch();
                }
                while (true);
            }
            finally
            {
                Volatile.Write(ref _dispatching, 0);
            }
            bool more;
            lock (_pending) more = _pending.Count > 0;
            if (!(more || _again) || Volatile.Read(ref _active) != 0) return;
        }
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public static readonly EmptyServiceProvider Instance = new();
        public object? GetService(Type serviceType) => null;
    }
}
