using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Federation.GraphQL.Execution.DataLoader;

/// <summary>
/// Registers DataLoaders (HotChocolate's <c>AddDataLoader</c>). A registered loader is one instance per request: a
/// code-first resolver gets it as a parameter (<c>PersonByIdLoader loader</c>), any resolver from
/// <c>context.DataLoaders().Get(type)</c> or <c>context.DataLoader&lt;T&gt;()</c>.
/// </summary>
public static class DataLoaderServiceCollectionExtensions
{
    /// <summary>A DataLoader class; its constructor's parameters come from the request's services.</summary>
    public static IServiceCollection AddDataLoader<TLoader>(this IServiceCollection services) where TLoader : DataLoaderBase
        => services.AddDataLoaderRegistration(typeof(TLoader), sp => ActivatorUtilities.CreateInstance<TLoader>(sp));

    /// <summary>A DataLoader class asked for by an interface (or base class) it implements.</summary>
    public static IServiceCollection AddDataLoader<TService, TLoader>(this IServiceCollection services)
        where TService : class
        where TLoader : DataLoaderBase, TService
        => services.AddDataLoaderRegistration(typeof(TService), sp => ActivatorUtilities.CreateInstance<TLoader>(sp));

    /// <summary>
    /// A batch DataLoader from a delegate, asked for as <c>BatchDataLoader&lt;TKey, TValue&gt;</c> (one such delegate per
    /// key and value type; write a class for a second one). The delegate gets the request's services.
    /// </summary>
    public static IServiceCollection AddDataLoader<TKey, TValue>(this IServiceCollection services,
        Func<IReadOnlyList<TKey>, IServiceProvider, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(fetch);
        return services.AddDataLoaderRegistration(typeof(BatchDataLoader<TKey, TValue>),
            sp => new FuncBatchDataLoader<TKey, TValue>((keys, ct) => fetch(keys, sp, ct)));
    }

    /// <summary>A grouped (one-to-many) DataLoader from a delegate, asked for as <c>GroupedDataLoader&lt;TKey, TValue&gt;</c>.</summary>
    public static IServiceCollection AddGroupDataLoader<TKey, TValue>(this IServiceCollection services,
        Func<IReadOnlyList<TKey>, IServiceProvider, CancellationToken, ValueTask<ILookup<TKey, TValue>>> fetch)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(fetch);
        return services.AddDataLoaderRegistration(typeof(GroupedDataLoader<TKey, TValue>),
            sp => new FuncGroupedDataLoader<TKey, TValue>((keys, ct) => fetch(keys, sp, ct)));
    }

    private static IServiceCollection AddDataLoaderRegistration(this IServiceCollection services, Type serviceType,
        Func<IServiceProvider, DataLoaderBase> factory)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<DataLoaderRegistry>();
        var existing = services.Any(d => d.ServiceType == typeof(DataLoaderRegistration)
            && d.ImplementationInstance is DataLoaderRegistration r && r.ServiceType == serviceType);
        // The same loader class twice is harmless; two factories (delegates, implementations) for one type are ambiguous.
        if (existing && IsClassRegistration(serviceType)) return services;
        if (existing) throw new InvalidOperationException($"A DataLoader is registered for {serviceType.Name} already: write a class for each loader.");
        services.AddSingleton(new DataLoaderRegistration(serviceType, factory));
        return services;
    }

    private static bool IsClassRegistration(Type serviceType) => typeof(DataLoaderBase).IsAssignableFrom(serviceType) && !serviceType.IsAbstract;
}
