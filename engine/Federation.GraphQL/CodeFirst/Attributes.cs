namespace Federation.GraphQL.CodeFirst;

/// <summary>Overrides the GraphQL name of a type, field, argument or enum value.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum
    | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>The description of a type, field, argument or enum value.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum
    | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLDescriptionAttribute(string description) : Attribute
{
    public string Description { get; } = description;
}

/// <summary>Marks a field, argument, input field or enum value as deprecated (spec 3.13.3). <see cref="ObsoleteAttribute"/> works too.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLDeprecatedAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}

/// <summary>Keeps a member out of the schema.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLIgnoreAttribute : Attribute;

/// <summary>Makes the member's type non-null whatever its CLR nullability says.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.ReturnValue)]
public sealed class GraphQLNonNullAttribute : Attribute;

/// <summary>
/// Overrides the GraphQL type of a member: either a type reference as written in SDL (<c>"[ID!]!"</c>, names
/// resolved against the schema's types) or a <see cref="Types.ScalarType"/> subclass with a parameterless constructor.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.ReturnValue)]
public sealed class GraphQLTypeAttribute : Attribute
{
    public GraphQLTypeAttribute(string typeReference) => TypeReference = typeReference;

    public GraphQLTypeAttribute(Type scalarType) => ScalarType = scalarType;

    public string? TypeReference { get; }
    public Type? ScalarType { get; }
}

/// <summary>Exposes the member as the ID scalar (its value is written as a string).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class IDAttribute : Attribute;

/// <summary>The parameter is taken from the request's <see cref="IServiceProvider"/>, not from the arguments.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ServiceAttribute : Attribute;

/// <summary>The parameter receives the parent object of the field.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParentAttribute : Attribute;

/// <summary>
/// Turns a marker interface into a union type: its members are the object types of the schema whose CLR type
/// implements the interface (register them with <c>AddType</c> unless a field returns them).
/// </summary>
[AttributeUsage(AttributeTargets.Interface)]
public sealed class UnionTypeAttribute(string? name = null) : Attribute
{
    public string? Name { get; } = name;
}
