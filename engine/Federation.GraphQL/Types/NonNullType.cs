namespace Federation.GraphQL.Types;

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
