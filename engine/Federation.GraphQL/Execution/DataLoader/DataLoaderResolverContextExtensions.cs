namespace Federation.GraphQL.Execution.DataLoader;

/// <summary>Access to the request's DataLoaders from a resolver.</summary>
public static class DataLoaderResolverContextExtensions
{
    /// <summary>The key under which a scope is found in ContextData when the context is not the executor's own.</summary>
    public const string ScopeKey = "Federation.GraphQL.DataLoaderScope";

    public static DataLoaderScope DataLoaders(this IResolverContext context)
    {
        if (context is ResolverContext own) return own.Execution.DataLoaders;
        if (context.ContextData.TryGetValue(ScopeKey, out var scope) && scope is DataLoaderScope s) return s;
        var created = new DataLoaderScope(context.Services, context.RequestAborted);
        context.ContextData[ScopeKey] = created;
        return created;
    }

    /// <summary>The request's instance of a DataLoader class.</summary>
    public static T DataLoader<T>(this IResolverContext context) where T : DataLoaderBase => context.DataLoaders().Get<T>();

    /// <summary>
    /// A batch DataLoader from a delegate, one per request and <paramref name="key"/>. Without a key the delegate itself
    /// is the key (its method and its target): a lambda that captures nothing is one loader, but a lambda that captures
    /// state is a new delegate each time it is created, so each gets its own loader; pass a key to share one loader
    /// between calls that create a new capturing lambda each time.
    /// </summary>
    public static BatchDataLoader<TKey, TValue> BatchDataLoader<TKey, TValue>(this IResolverContext context,
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> fetch, string? key = null)
        where TKey : notnull
        => context.DataLoaders().GetOrAddCore(key ?? (object)fetch, () => new FuncBatchDataLoader<TKey, TValue>(fetch));

    /// <summary>A grouped DataLoader from a delegate, one per request and <paramref name="key"/> (keyed like <see cref="BatchDataLoader{TKey, TValue}"/>).</summary>
    public static GroupedDataLoader<TKey, TValue> GroupDataLoader<TKey, TValue>(this IResolverContext context,
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<ILookup<TKey, TValue>>> fetch, string? key = null)
        where TKey : notnull
        => context.DataLoaders().GetOrAddCore(key ?? (object)fetch, () => new FuncGroupedDataLoader<TKey, TValue>(fetch));
}
