using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Utilities;

/// <summary>Type references written in documents resolved against a schema.</summary>
public static class TypeReferences
{
    /// <summary>The schema type a type node denotes (<c>[Int!]</c> → list of non-null Int); null when the named type is unknown.</summary>
    public static GraphQLType? TypeFromAst(Schema schema, ITypeNode typeNode) => typeNode switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };
}
