using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>The kinds of type (spec 4.2.1, __TypeKind).</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}

/// <summary>Any GraphQL type: a named type or a list / non-null wrapper (spec 3.4).</summary>
public abstract class GraphQLType
{
    public abstract TypeKind Kind { get; }

    /// <summary>The type as written in a document: <c>[Int!]!</c>.</summary>
    public abstract override string ToString();
}

/// <summary>List wrapper (spec 3.11).</summary>
public sealed class ListType : GraphQLType
{
    public ListType(GraphQLType ofType) => OfType = ofType;

    public override TypeKind Kind => TypeKind.List;
    public GraphQLType OfType { get; }
    public override string ToString() => $"[{OfType}]";
}

/// <summary>Non-null wrapper (spec 3.12). Never wraps another non-null.</summary>
public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType) throw new ArgumentException("Non-null cannot wrap non-null.", nameof(ofType));
        OfType = ofType;
    }

    public override TypeKind Kind => TypeKind.NonNull;
    public GraphQLType OfType { get; }
    public override string ToString() => $"{OfType}!";
}

/// <summary>A named type: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphQLType
{
    protected NamedType(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    public string Name { get; }
    public string? Description { get; set; }

    /// <summary>Directives applied to the type (definition and extensions, in order).</summary>
    public List<DirectiveNode> Directives { get; } = [];

    /// <summary>The definition this type was built from, if any.</summary>
    public ITypeDefinitionNode? SyntaxNode { get; set; }

    /// <summary>The extensions applied to this type, if built from SDL.</summary>
    public List<ITypeDefinitionOrExtensionNode> ExtensionNodes { get; } = [];

    public override string ToString() => Name;
}

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
