using Federation.GraphQL.Execution;

namespace Federation.GraphQL.Types;

/// <summary>Interface type (spec 3.7).</summary>
public sealed class InterfaceType : ComplexType
{
    public InterfaceType(string name, string? description = null) : base(name, description) { }

    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Resolves a runtime value to its object type. When null the executor uses __typename, then IsTypeOf, then RuntimeType.</summary>
    public TypeResolver? ResolveType { get; set { Frozen.Check(IsFrozen); field = value; } }
}
