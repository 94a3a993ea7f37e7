using Federation.GraphQL.Execution.DataLoader;
using Federation.GraphQL.Language;
using Federation.GraphQL.Subscriptions;
using Federation.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.GraphQL.CodeFirst;

internal sealed partial class ClrTypeRegistry
{
    private readonly HashSet<ObjectType> _extensionTargets = [];
    private IServiceProviderIsService? _isService;
    private DataLoaderRegistry? _dataLoaders;

    /// <summary>Object types that exist only as the target of a type extension by name (defined in SDL, mixed schemas).</summary>
    public IReadOnlySet<ObjectType> ExtensionTargets => _extensionTargets;

    /// <summary>The application's services: parameters of a registered service type are injected, registered DataLoaders known.</summary>
    public void UseServices(IServiceProvider services)
    {
        _isService = services.GetService(typeof(IServiceProviderIsService)) as IServiceProviderIsService;
        _dataLoaders = services.GetService(typeof(DataLoaderRegistry)) as DataLoaderRegistry;
    }

    /// <summary>An object type named <paramref name="name"/> that only type extensions add fields to (its definition is in SDL).</summary>
    public ObjectType AddExtensionTarget(string name)
    {
        var type = new ObjectType(name);
        Claim(type, null);
        _extensionTargets.Add(type);
        return type;
    }

    /// <summary>The operation of a root type (a C# root type, or an SDL root extended by name), else null.</summary>
    private OperationType? OperationOf(ObjectType type)
    {
        if (type.RuntimeType is { } clr) return _roots.TryGetValue(clr, out var kind) ? kind : null;
        if (!_extensionTargets.Contains(type)) return null;
        return type.Name switch
        {
            "Query" => OperationType.Query,
            "Mutation" => OperationType.Mutation,
            "Subscription" => OperationType.Subscription,
            _ => null,
        };
    }

    private bool IsDataLoader(Type type) => typeof(DataLoaderBase).IsAssignableFrom(type) || _dataLoaders?.Contains(type) == true;

    // HotChocolate infers services: a parameter whose type is registered in DI (and cannot be an argument's type) is one.
    private bool IsInferredService(Type type)
    {
        if (type == typeof(IServiceProvider) || type == typeof(ITopicEventSender) || type == typeof(ITopicEventReceiver)) return true;
        if (_isService is null || _scalars.ContainsKey(Nullable.GetUnderlyingType(type) ?? type) || type.IsEnum) return false;
        // DI answers yes for every IEnumerable<T>: a list is an argument unless marked [Service].
        return !ClrTypeShape.TryGetItemType(type, null, out _, out _) && _isService.IsService(type);
    }
}
