using Microsoft.Extensions.DependencyInjection;

namespace Federation.GraphQL.Execution.DataLoader;

/// <summary>
/// One DataLoader registered in DI (<see cref="DataLoaderServiceCollectionExtensions"/>): asking a request's
/// <see cref="DataLoaderScope"/> for <see cref="ServiceType"/> gives that request's instance, made by <see cref="Factory"/>
/// from the request's services on first use.
/// </summary>
public sealed class DataLoaderRegistration
{
    public DataLoaderRegistration(Type serviceType, Func<IServiceProvider, DataLoaderBase> factory)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        ArgumentNullException.ThrowIfNull(factory);
        ServiceType = serviceType;
        Factory = factory;
    }

    /// <summary>The type a resolver asks for: the loader class, an interface it implements, or <c>BatchDataLoader&lt;K, V&gt;</c>.</summary>
    public Type ServiceType { get; }

    public Func<IServiceProvider, DataLoaderBase> Factory { get; }
}

/// <summary>The registered DataLoaders of the application, by service type (a singleton built from the registrations).</summary>
public sealed class DataLoaderRegistry
{
    private readonly Dictionary<Type, DataLoaderRegistration> _byType = [];

    public DataLoaderRegistry(IEnumerable<DataLoaderRegistration> registrations)
    {
        foreach (var registration in registrations)
        {
            if (!_byType.TryAdd(registration.ServiceType, registration))
            {
                throw new InvalidOperationException(
                    $"Two DataLoaders are registered for {registration.ServiceType}: register a class for each loader (AddDataLoader<TLoader>()).");
            }
        }
    }

    public bool Contains(Type serviceType) => _byType.ContainsKey(serviceType);

    public DataLoaderRegistration? Find(Type serviceType) => _byType.GetValueOrDefault(serviceType);

    /// <summary>The key of a loader type in a <see cref="DataLoaderScope"/>: its full name.</summary>
    internal static string KeyOf(Type serviceType) => serviceType.FullName ?? serviceType.Name;

    /// <summary>Makes a loader from the registration of <paramref name="serviceType"/>, else from its own constructor.</summary>
    internal DataLoaderBase Create(Type serviceType, IServiceProvider services)
        => Find(serviceType) is { } registration ? registration.Factory(services) : CreateUnregistered(serviceType, services);

    internal static DataLoaderBase CreateUnregistered(Type serviceType, IServiceProvider services)
    {
        if (!typeof(DataLoaderBase).IsAssignableFrom(serviceType) || serviceType.IsAbstract)
        {
            throw new GraphQLException($"No DataLoader is registered for {serviceType.Name}: call AddDataLoader for it.");
        }
        return (DataLoaderBase)ActivatorUtilities.CreateInstance(services, serviceType);
    }
}
