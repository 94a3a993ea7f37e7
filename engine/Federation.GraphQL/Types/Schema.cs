using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>
/// A GraphQL schema (spec 3.3): root operation types, every named type reachable from them (built-in scalars used,
/// introspection types included) and the directive definitions (built-in ones included).
/// Build one with the SDL builder (schema-first) or the code-first builder; check it with the schema validator.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directives;
    private readonly Dictionary<string, IReadOnlyList<ObjectType>> _possibleTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _subTypes = new(StringComparer.Ordinal);

    /// <summary>A schema over types built beforehand; it and its types are read-only from here on.</summary>
    public Schema(
        ObjectType? queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        IEnumerable<NamedType> types,
        IEnumerable<DirectiveDefinition> directives,
        string? description = null)
        : this(queryType, mutationType, subscriptionType, types, directives, description, freeze: true)
    {
    }

    /// <summary>For builders, which bind resolvers to the schema's types and then call <see cref="Freeze"/>.</summary>
    internal Schema(
        ObjectType? queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        IEnumerable<NamedType> types,
        IEnumerable<DirectiveDefinition> directives,
        string? description,
        bool freeze)
    {
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Description = description;
        _types = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        foreach (var t in types) _types.TryAdd(t.Name, t);
        _directives = new Dictionary<string, DirectiveDefinition>(StringComparer.Ordinal);
        foreach (var d in directives) _directives.TryAdd(d.Name, d);
        Types = _types.Values.ToList();
        Directives = _directives.Values.ToList();
        BuildPossibleTypes();
        if (freeze) Freeze();
    }

    public string? Description { get; }
    public ObjectType? QueryType { get; }
    public ObjectType? MutationType { get; }
    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type, in the order given to the constructor.</summary>
    public IReadOnlyList<NamedType> Types { get; }

    /// <summary>Every directive definition, in the order given to the constructor.</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>Directives applied to the schema (schema definition and extensions, in order).</summary>
    public SchemaList<DirectiveNode> AppliedDirectives { get; } = new();

    public SchemaDefinitionNode? SyntaxNode { get; set { Frozen.Check(IsFrozen); field = value; } }
    public SchemaList<SchemaExtensionNode> ExtensionNodes { get; } = new();

    /// <summary>True once built: the schema and its types are then read-only (shared by cached plans and threads).</summary>
    public bool IsFrozen { get; private set; }

    /// <summary>Makes the schema and every type, field, argument, enum value and directive in it read-only; builders call it last.</summary>
    internal void Freeze()
    {
        if (IsFrozen) return;
        IsFrozen = true;
        AppliedDirectives.Freeze();
        ExtensionNodes.Freeze();
        foreach (var type in Types) type.Freeze();
        foreach (var directive in Directives) directive.Freeze();
    }

    public NamedType? GetType(string name) => _types.GetValueOrDefault(name);

    public T? GetType<T>(string name) where T : NamedType => _types.GetValueOrDefault(name) as T;

    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>The object types that an interface or union may resolve to, in type-map order.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType)
        => _possibleTypes.GetValueOrDefault(abstractType.Name) ?? [];

    /// <summary>True when <paramref name="maybeSubType"/> is a member of the union or implements the interface.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType)
        => _subTypes.TryGetValue(abstractType.Name, out var set) && set.Contains(maybeSubType.Name);

    /// <summary>True when the two composite types have at least one possible object type in common.</summary>
    public bool DoTypesOverlap(NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.IsAbstractType())
        {
            if (!b.IsAbstractType()) return IsSubType(a, b);
            foreach (var t in GetPossibleTypes(a))
            {
                if (IsSubType(b, t)) return true;
            }
            return false;
        }
        return b.IsAbstractType() && IsSubType(b, a);
    }

    private void BuildPossibleTypes()
    {
        var possible = new Dictionary<string, List<ObjectType>>(StringComparer.Ordinal);
        foreach (var type in _types.Values)
        {
            switch (type)
            {
                case UnionType union:
                    possible[union.Name] = [.. union.Types];
                    _subTypes[union.Name] = new HashSet<string>(union.Types.Select(t => t.Name), StringComparer.Ordinal);
                    break;
                case ObjectType obj:
                    foreach (var i in obj.Interfaces)
                    {
                        if (!possible.TryGetValue(i.Name, out var list)) possible[i.Name] = list = [];
                        list.Add(obj);
                        AddSubType(i.Name, obj.Name);
                    }
                    break;
                case InterfaceType iface:
                    foreach (var i in iface.Interfaces) AddSubType(i.Name, iface.Name);
                    break;
            }
        }
        foreach (var (name, list) in possible) _possibleTypes[name] = list;
    }

    private void AddSubType(string abstractName, string subName)
    {
        if (!_subTypes.TryGetValue(abstractName, out var set)) _subTypes[abstractName] = set = new(StringComparer.Ordinal);
        set.Add(subName);
    }
}
