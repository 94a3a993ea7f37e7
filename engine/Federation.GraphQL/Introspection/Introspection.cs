using Federation.GraphQL.Types;

namespace Federation.GraphQL.Introspection;

/// <summary>
/// The introspection system (spec 4): the __Schema, __Type, __Field, __InputValue, __EnumValue, __Directive,
/// __DirectiveLocation and __TypeKind types, and the meta-fields __schema, __type and __typename.
/// The types are shared by every schema; their resolvers read the schema from the resolver context.
/// </summary>
public static partial class Introspection
{
    /// <summary>__schema: __Schema! on the query root type.</summary>
    public static Field SchemaField => throw new NotImplementedException("Introspection: owned by the introspection work.");

    /// <summary>__type(name: String!): __Type on the query root type.</summary>
    public static Field TypeField => throw new NotImplementedException("Introspection: owned by the introspection work.");

    /// <summary>__typename: String! on every object, interface and union.</summary>
    public static Field TypeNameField => throw new NotImplementedException("Introspection: owned by the introspection work.");

    /// <summary>The eight introspection types, in spec order.</summary>
    public static IReadOnlyList<NamedType> Types => throw new NotImplementedException("Introspection: owned by the introspection work.");

    public static bool IsIntrospectionType(string name) => name is "__Schema" or "__Type" or "__Field" or "__InputValue"
        or "__EnumValue" or "__Directive" or "__DirectiveLocation" or "__TypeKind";
}
