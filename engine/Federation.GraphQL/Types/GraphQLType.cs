namespace Federation.GraphQL.Types;

/// <summary>Any GraphQL type: a named type or a list / non-null wrapper (spec 3.4).</summary>
public abstract class GraphQLType
{
    public abstract TypeKind Kind { get; }

    /// <summary>The type as written in a document: <c>[Int!]!</c>.</summary>
    public abstract override string ToString();
}
