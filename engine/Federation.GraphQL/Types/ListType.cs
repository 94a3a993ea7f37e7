namespace Federation.GraphQL.Types;

/// <summary>List wrapper (spec 3.11).</summary>
public sealed class ListType : GraphQLType
{
    public ListType(GraphQLType ofType) => OfType = ofType;

    public override TypeKind Kind => TypeKind.List;
    public GraphQLType OfType { get; }
    public override string ToString() => $"[{OfType}]";
}
