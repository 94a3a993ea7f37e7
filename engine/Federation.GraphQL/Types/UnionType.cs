using Federation.GraphQL.Execution;

namespace Federation.GraphQL.Types;

/// <summary>Union type (spec 3.8).</summary>
public sealed class UnionType : NamedType
{
    public UnionType(string name, string? description = null) : base(name, description) { }

    public override TypeKind Kind => TypeKind.Union;

    /// <summary>Member types in definition order.</summary>
    public SchemaList<ObjectType> Types { get; } = new();

    /// <summary>See <see cref="InterfaceType.ResolveType"/>.</summary>
    internal override void Freeze()
    {
        base.Freeze();
        Types.Freeze();
    }

    public TypeResolver? ResolveType { get; set { Frozen.Check(IsFrozen); field = value; } }
}
