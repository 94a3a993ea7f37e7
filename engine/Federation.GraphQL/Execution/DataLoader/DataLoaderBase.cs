namespace Federation.GraphQL.Execution.DataLoader;

/// <summary>The part of every DataLoader that the scope schedules.</summary>
public abstract class DataLoaderBase
{
    private DataLoaderScope? _scope;

    /// <summary>The scope the loader batches in (a private one when used outside a request).</summary>
    protected DataLoaderScope Scope => _scope ??= new DataLoaderScope();

    internal void Attach(DataLoaderScope scope) => _scope = scope;

    internal abstract void DispatchBatch();
}

/// <summary>
/// Batches and caches loads by key for one request: every key requested before the batch is dispatched is fetched by
/// one call to <see cref="FetchAsync"/>; a key is fetched at most once.
/// </summary>
public abstract class DataLoaderBase<TKey, TValue> : DataLoaderBase where TKey : notnull
{
    private readonly object _sync = new();
    private readonly Dictionary<TKey, Task<TValue?>> _cache;
    private Dictionary<TKey, TaskCompletionSource<TValue?>>? _batch;

    protected DataLoaderBase(IEqualityComparer<TKey>? comparer = null) => _cache = new(comparer);

    /// <summary>How many batches this loader has fetched.</summary>
    public int BatchCount { get; private set; }

    public Task<TValue?> LoadAsync(TKey key)
    {
        TaskCompletionSource<TValue?> completion;
        var schedule = false;
        lock (_sync)
        {
            if (_cache.TryGetValue(key, out var cached)) return cached;
            completion = new TaskCompletionSource<TValue?>();
            _cache[key] = completion.Task;
            if (_batch is null)
            {
                _batch = new Dictionary<TKey, TaskCompletionSource<TValue?>>(_cache.Comparer);
                schedule = true;
            }
            _batch[key] = completion;
        }
        if (schedule) Scope.Schedule(this);
        return completion.Task;
    }

    public async Task<IReadOnlyList<TValue?>> LoadAsync(IReadOnlyList<TKey> keys)
    {
        var tasks = new Task<TValue?>[keys.Count];
        for (var i = 0; i < keys.Count; i++) tasks[i] = LoadAsync(keys[i]);
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    /// <summary>Primes the cache with a known value.</summary>
    public void Set(TKey key, TValue? value)
    {
        lock (_sync) _cache.TryAdd(key, Task.FromResult(value));
    }

    public void Remove(TKey key)
    {
        lock (_sync) _cache.Remove(key);
    }

    /// <summary>Fetches the values of a batch of distinct keys; keys missing from the result resolve to default.</summary>
    protected abstract ValueTask<IReadOnlyDictionary<TKey, TValue?>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    internal sealed override void DispatchBatch()
    {
        Dictionary<TKey, TaskCompletionSource<TValue?>>? batch;
        lock (_sync)
        {
            batch = _batch;
            _batch = null;
        }
        if (batch is null || batch.Count == 0) return;
        BatchCount++;
        var keys = new List<TKey>(batch.Keys);
        ValueTask<IReadOnlyDictionary<TKey, TValue?>> fetch;
        try
        {
            fetch = FetchAsync(keys, Scope.CancellationToken);
        }
        catch (Exception ex)
        {
            Fail(batch, ex);
            return;
        }
        if (!fetch.IsCompleted)
        {
            _ = CompleteLater(batch, fetch);
            return;
        }
        IReadOnlyDictionary<TKey, TValue?> values;
        try
        {
            values = fetch.GetAwaiter().GetResult();
        }
        catch (Exception ex)
        {
            Fail(batch, ex);
            return;
        }
        Complete(batch, values);
    }

    private async Task CompleteLater(Dictionary<TKey, TaskCompletionSource<TValue?>> batch, ValueTask<IReadOnlyDictionary<TKey, TValue?>> fetch)
    {
        IReadOnlyDictionary<TKey, TValue?> values;
        try
        {
            values = await fetch.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Fail(batch, ex);
            return;
        }
        Complete(batch, values);
    }

    private void Complete(Dictionary<TKey, TaskCompletionSource<TValue?>> batch, IReadOnlyDictionary<TKey, TValue?> values)
    {
        // The continuations of the loads run inline; the scope dispatches what they load once they are all done.
        Scope.Enter();
        try
        {
            foreach (var (key, completion) in batch)
            {
                completion.TrySetResult(values.TryGetValue(key, out var value) ? value : default);
            }
        }
        finally
        {
            Scope.Exit();
        }
    }

    private void Fail(Dictionary<TKey, TaskCompletionSource<TValue?>> batch, Exception exception)
    {
        lock (_sync)
        {
            foreach (var key in batch.Keys) _cache.Remove(key);
        }
        Scope.Enter();
        try
        {
            foreach (var completion in batch.Values) completion.TrySetException(exception);
        }
        finally
        {
            Scope.Exit();
        }
    }
}
