namespace Federation.GraphQL.Types;

public static class GraphQLTypeExtensions
{
    public static NamedType NamedType(this GraphQLType type) => type switch
    {
        NamedType n => n,
        ListType l => l.OfType.NamedType(),
        NonNullType nn => nn.OfType.NamedType(),
        _ => throw new InvalidOperationException(),
    };

    public static GraphQLType NullableType(this GraphQLType type) => type is NonNullType nn ? nn.OfType : type;

    public static bool IsNonNull(this GraphQLType type) => type is NonNullType;

    public static bool IsListType(this GraphQLType type) => type.NullableType() is ListType;

    /// <summary>Scalars, enums, input objects and wrappers of them (spec 3.4.2 IsInputType).</summary>
    public static bool IsInputType(this GraphQLType type)
        => type.NamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>Scalars, objects, interfaces, unions, enums and wrappers of them (spec 3.4.2 IsOutputType).</summary>
    public static bool IsOutputType(this GraphQLType type)
        => type.NamedType() is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    public static bool IsLeafType(this GraphQLType type) => type is ScalarType or EnumType;

    public static bool IsCompositeType(this GraphQLType type) => type is ObjectType or InterfaceType or UnionType;

    public static bool IsAbstractType(this GraphQLType type) => type is InterfaceType or UnionType;

    /// <summary>Structural equality of two type references (same named type, same wrappers).</summary>
    public static bool IsEqualType(this GraphQLType a, GraphQLType b) => (a, b) switch
    {
        (NonNullType x, NonNullType y) => x.OfType.IsEqualType(y.OfType),
        (ListType x, ListType y) => x.OfType.IsEqualType(y.OfType),
        (NamedType x, NamedType y) => ReferenceEquals(x, y),
        _ => false,
    };
}
