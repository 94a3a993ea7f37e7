using Federation.GraphQL.Execution;

namespace Federation.GraphQL.Types;

/// <summary>Object type (spec 3.6).</summary>
public sealed class ObjectType : ComplexType
{
    public ObjectType(string name, string? description = null) : base(name, description) { }

    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Optional check used when an abstract type has no type resolver: does this runtime value belong to this type?</summary>
    public Func<object, IResolverContext, bool>? IsTypeOf { get; set { Frozen.Check(IsFrozen); field = value; } }

    /// <summary>The .NET type that backs this object type in code-first schemas, if any.</summary>
    public Type? RuntimeType { get; set { Frozen.Check(IsFrozen); field = value; } }
}
