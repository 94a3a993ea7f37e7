using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Validation;

/// <summary>Schema questions validation asks: field definitions including meta-fields, types of type references, subtyping.</summary>
public static class SchemaLookups
{
    /// <summary>The field named <paramref name="fieldName"/> on <paramref name="parentType"/>, including __typename everywhere and __schema / __type on the query root.</summary>
    public static Field? GetFieldDefinition(this Schema schema, NamedType parentType, string fieldName)
    {
        if (fieldName.Length > 1 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            switch (fieldName)
            {
                case "__schema": return ReferenceEquals(schema.QueryType, parentType) ? Introspection.Introspection.SchemaField : null;
                case "__type": return ReferenceEquals(schema.QueryType, parentType) ? Introspection.Introspection.TypeField : null;
                case "__typename": return Introspection.Introspection.TypeNameField;
            }
        }
        return parentType is ComplexType complex ? complex.GetField(fieldName) : null;
    }

    /// <summary>The schema type a type reference denotes, null when its named type is unknown (graphql-js typeFromAST).</summary>
    public static GraphQLType? TypeFromAst(this Schema schema, ITypeNode typeNode)
    {
        switch (typeNode)
        {
            case NamedTypeNode named:
                return schema.GetType(named.Name.Value);
            case ListTypeNode list:
                var inner = schema.TypeFromAst(list.Type);
                return inner is null ? null : new ListType(inner);
            case NonNullTypeNode nonNull:
                var ofType = schema.TypeFromAst(nonNull.Type);
                return ofType is null ? null : new NonNullType(ofType);
            default:
                return null;
        }
    }

    /// <summary>True when a value of <paramref name="maybeSubType"/> may be used where <paramref name="superType"/> is expected (spec IsTypeSubTypeOf).</summary>
    public static bool IsTypeSubTypeOf(this Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        if (maybeSubType.IsEqualType(superType)) return true;
        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && schema.IsTypeSubTypeOf(subNonNull.OfType, superNonNull.OfType);
        }
        if (maybeSubType is NonNullType sub) return schema.IsTypeSubTypeOf(sub.OfType, superType);
        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && schema.IsTypeSubTypeOf(subList.OfType, superList.OfType);
        }
        if (maybeSubType is ListType) return false;
        return superType is NamedType superNamed && superNamed.IsAbstractType()
            && maybeSubType is NamedType subNamed && (subNamed is InterfaceType or ObjectType)
            && schema.IsSubType(superNamed, subNamed);
    }

    /// <summary>An argument or input field that must be given: non-null and without default (spec IsRequiredArgument).</summary>
    public static bool IsRequired(this InputValue value) => value.Type is NonNullType && value.DefaultValue is null;

    /// <summary>Prints a type reference as written: [Int!]!.</summary>
    public static string Print(this ITypeNode typeNode) => typeNode switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + list.Type.Print() + "]",
        NonNullTypeNode nonNull => nonNull.Type.Print() + "!",
        _ => string.Empty,
    };
}
