using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;

namespace Federation.Subgraph;

/// <summary>
/// Entity interfaces (federation v2.3, "Entity Interfaces", interface reference resolver): a representation whose
/// <c>__typename</c> is the interface is resolved by the interface's reference resolver; the concrete entity type of
/// the result is the interface's type resolver's answer, else the result's <c>__typename</c>, else the object type
/// whose C# type the result is.
/// </summary>
internal static class EntityInterfaces
{
    /// <summary>The name of the entity type (an implementation of <paramref name="interfaceName"/>) of a resolved value; throws when there is none.</summary>
    public static string ConcreteTypeName(string interfaceName, object entity, IResolverContext context)
    {
        var schema = context.Schema;
        var iface = schema.GetType<InterfaceType>(interfaceName)
            ?? throw new InvalidOperationException($"Entity interface \"{interfaceName}\" is not an interface of the schema.");
        var type = iface.ResolveType?.Invoke(entity, context, iface)
            ?? (TypeNameOf(entity) is { } name ? schema.GetType(name) as ObjectType : null)
            ?? ByClrType(schema, iface, entity.GetType());
        if (type is null)
            throw new InvalidOperationException($"The reference resolver of entity interface \"{interfaceName}\" returned a {entity.GetType().Name} whose object type could not be determined (no type resolver, \"__typename\" or code-first type matched).");
        if (!schema.IsSubType(iface, type))
            throw new InvalidOperationException($"The reference resolver of entity interface \"{interfaceName}\" returned an object of type \"{type.Name}\", which does not implement \"{interfaceName}\".");
        return type.Name;
    }

    private static string? TypeNameOf(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault("__typename") as string,
        IDictionary<string, object?> dict => dict.TryGetValue("__typename", out var n) ? n as string : null,
        _ => null,
    };

    /// <summary>The implementation whose C# type the value is, else any object type of exactly that C# type (reported as not implementing).</summary>
    private static ObjectType? ByClrType(Schema schema, InterfaceType iface, Type clr)
    {
        foreach (var candidate in schema.GetPossibleTypes(iface))
        {
            if (candidate.RuntimeType is { } runtimeType && runtimeType.IsAssignableFrom(clr)) return candidate;
        }
        foreach (var type in schema.Types)
        {
            if (type is ObjectType { RuntimeType: { } runtimeType } objectType && runtimeType == clr) return objectType;
        }
        return null;
    }
}
