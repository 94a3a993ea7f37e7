using Federation.GraphQL.Execution;

namespace Federation.GraphQL.Types;

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
