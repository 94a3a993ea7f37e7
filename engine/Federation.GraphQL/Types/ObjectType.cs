using Federation.GraphQL.Execution;

namespace Federation.GraphQL.Types;

/// <summary>Object and interface types: named fields and implemented interfaces (spec 3.6, 3.7).</summary>
public abstract class ComplexType : NamedType
{
    protected ComplexType(string name, string? description) : base(name, description) { }

    /// <summary>Fields in definition order.</summary>
    public FieldCollection<Field> Fields { get; } = new();

    /// <summary>Implemented interfaces in definition order.</summary>
    public List<InterfaceType> Interfaces { get; } = [];

    public Field? GetField(string name) => Fields.TryGet(name, out var f) ? f : null;
}

/// <summary>Object type (spec 3.6).</summary>
public sealed class ObjectType : ComplexType
{
    public ObjectType(string name, string? description = null) : base(name, description) { }

    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Optional check used when an abstract type has no type resolver: does this runtime value belong to this type?</summary>
    public Func<object, IResolverContext, bool>? IsTypeOf { get; set; }

    /// <summary>The .NET type that backs this object type in code-first schemas, if any.</summary>
    public Type? RuntimeType { get; set; }
}

/// <summary>Interface type (spec 3.7).</summary>
public sealed class InterfaceType : ComplexType
{
    public InterfaceType(string name, string? description = null) : base(name, description) { }

    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Resolves a runtime value to its object type. When null the executor uses __typename, then IsTypeOf, then RuntimeType.</summary>
    public TypeResolver? ResolveType { get; set; }
}

/// <summary>Union type (spec 3.8).</summary>
public sealed class UnionType : NamedType
{
    public UnionType(string name, string? description = null) : base(name, description) { }

    public override TypeKind Kind => TypeKind.Union;

    /// <summary>Member types in definition order.</summary>
    public List<ObjectType> Types { get; } = [];

    /// <summary>See <see cref="InterfaceType.ResolveType"/>.</summary>
    public TypeResolver? ResolveType { get; set; }
}

/// <summary>An ordered, name-keyed collection (field definition order matters for introspection and printing).</summary>
public sealed class FieldCollection<T> : IReadOnlyList<T> where T : class, IHasName
{
    private readonly List<T> _items = [];
    private readonly Dictionary<string, T> _byName = new(StringComparer.Ordinal);

    public int Count => _items.Count;
    public T this[int index] => _items[index];
    public T? this[string name] => _byName.GetValueOrDefault(name);

    /// <summary>Adds or (when the name exists) replaces in place.</summary>
    public void Add(T item)
    {
        if (_byName.TryGetValue(item.Name, out var existing))
        {
            _items[_items.IndexOf(existing)] = item;
        }
        else
        {
            _items.Add(item);
        }
        _byName[item.Name] = item;
    }

    public bool Contains(string name) => _byName.ContainsKey(name);
    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T item) => _byName.TryGetValue(name, out item);
    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

public interface IHasName
{
    string Name { get; }
}
