namespace Federation.Subgraph;

/// <summary>
/// <c>@key(fields:)</c>: the type is an entity identified by these fields (repeatable). On a C# interface (federation
/// v2.3+) the interface is an entity interface, resolved by a static reference resolver declared on the interface.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = true)]
public sealed class KeyAttribute(string fields) : Attribute
{
    public string Fields { get; } = fields;

    /// <summary><c>resolvable: false</c>: other subgraphs may reference the entity, this one does not resolve it.</summary>
    public bool Resolvable { get; init; } = true;
}

/// <summary><c>@external</c>: the field (or every field of the type) is defined by another subgraph.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Property | AttributeTargets.Method)]
public sealed class ExternalAttribute : Attribute;

/// <summary><c>@requires(fields:)</c>: resolving the field needs these external fields of the entity.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method)]
public sealed class RequiresAttribute(string fields) : Attribute
{
    public string Fields { get; } = fields;
}

/// <summary><c>@provides(fields:)</c>: the field's value carries these fields of the returned entity.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method)]
public sealed class ProvidesAttribute(string fields) : Attribute
{
    public string Fields { get; } = fields;
}

/// <summary><c>@shareable</c>: several subgraphs may resolve the field (or every field of the type).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Property | AttributeTargets.Method)]
public sealed class ShareableAttribute : Attribute;

/// <summary><c>@inaccessible</c>: the element (type, field, argument, enum value, input field) is hidden from the supergraph's API schema.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum | AttributeTargets.Property
    | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class InaccessibleAttribute : Attribute;

/// <summary><c>@tag(name:)</c>: metadata for contracts (repeatable) on a type, field, argument, enum value or input field.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum | AttributeTargets.Property
    | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field, AllowMultiple = true)]
public sealed class TagAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary><c>@override(from:, label:)</c>: this subgraph takes over resolving the field from another one.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method)]
public sealed class OverrideAttribute(string from) : Attribute
{
    public string From { get; } = from;

    /// <summary>Progressive override label (federation v2.7+), e.g. <c>"percent(20)"</c>.</summary>
    public string? Label { get; init; }
}

/// <summary>
/// Marks the static method that resolves an entity from its representation. Parameters named after key fields
/// receive the representation's values (converted to the parameter type); an <c>IResolverContext</c>, a
/// <c>CancellationToken</c> or an <c>IReadOnlyDictionary&lt;string, object?&gt;</c> (the whole representation) may be asked
/// for too. It may return the entity, a <c>Task</c> or a <c>ValueTask</c> of it. A static method named
/// <c>ResolveReference</c> is used without the attribute.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReferenceResolverAttribute : Attribute;
