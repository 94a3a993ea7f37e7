namespace Federation.GraphQL.Execution.DataLoader;

/// <summary>A DataLoader whose batch function maps each key to one value (HotChocolate's BatchDataLoader).</summary>
public abstract class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue> where TKey : notnull
{
    protected BatchDataLoader(IEqualityComparer<TKey>? comparer = null) : base(comparer) { }

    protected abstract ValueTask<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    protected sealed override ValueTask<IReadOnlyDictionary<TKey, TValue?>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var load = LoadBatchAsync(keys, cancellationToken);
        if (load.IsCompletedSuccessfully) return new ValueTask<IReadOnlyDictionary<TKey, TValue?>>(Widen(load.Result));
        return Await(load);

        static async ValueTask<IReadOnlyDictionary<TKey, TValue?>> Await(ValueTask<IReadOnlyDictionary<TKey, TValue>> load)
            => Widen(await load.ConfigureAwait(false));
    }

    private static IReadOnlyDictionary<TKey, TValue?> Widen(IReadOnlyDictionary<TKey, TValue> values)
        => values as IReadOnlyDictionary<TKey, TValue?> ?? values.ToDictionary(p => p.Key, p => (TValue?)p.Value);
}

/// <summary>A DataLoader whose batch function returns, for each key, a group of values (one-to-many).</summary>
public abstract class GroupedDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue[]> where TKey : notnull
{
    protected GroupedDataLoader(IEqualityComparer<TKey>? comparer = null) : base(comparer) { }

    protected abstract ValueTask<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    protected sealed override async ValueTask<IReadOnlyDictionary<TKey, TValue[]?>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var lookup = await LoadGroupedBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<TKey, TValue[]?>(keys.Count);
        foreach (var key in keys) result[key] = lookup[key].ToArray();
        return result;
    }
}

/// <summary>A batch DataLoader built from a delegate (see <see cref="DataLoaderResolverContextExtensions"/>).</summary>
public sealed class FuncBatchDataLoader<TKey, TValue> : BatchDataLoader<TKey, TValue> where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> _fetch;

    public FuncBatchDataLoader(Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> fetch) => _fetch = fetch;

    protected override ValueTask<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
        => _fetch(keys, cancellationToken);
}

/// <summary>A grouped DataLoader built from a delegate.</summary>
public sealed class FuncGroupedDataLoader<TKey, TValue> : GroupedDataLoader<TKey, TValue> where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<ILookup<TKey, TValue>>> _fetch;

    public FuncGroupedDataLoader(Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<ILookup<TKey, TValue>>> fetch) => _fetch = fetch;

    protected override ValueTask<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
        => _fetch(keys, cancellationToken);
}
