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

    /// <summary>A batch DataLoader from a delegate, one per request and <paramref name="key"/>.</summary>
    public static BatchDataLoader<TKey, TValue> BatchDataLoader<TKey, TValue>(this IResolverContext context,
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> fetch, string? key = null)
        where TKey : notnull
        => context.DataLoaders().GetOrAdd(key ?? KeyOf(fetch), () => new FuncBatchDataLoader<TKey, TValue>(fetch));

    /// <summary>A grouped DataLoader from a delegate, one per request and <paramref name="key"/>.</summary>
    public static GroupedDataLoader<TKey, TValue> GroupDataLoader<TKey, TValue>(this IResolverContext context,
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<ILookup<TKey, TValue>>> fetch, string? key = null)
        where TKey : notnull
        => context.DataLoaders().GetOrAdd(key ?? KeyOf(fetch), () => new FuncGroupedDataLoader<TKey, TValue>(fetch));

    private static string KeyOf(Delegate fetch) => fetch.Method.DeclaringType?.FullName + "." + fetch.Method.Name + "#" + fetch.Method.MetadataToken;
}
