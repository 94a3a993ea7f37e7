namespace Federation.GraphQL.Types;

/// <summary>The error of a change to an element of a built schema.</summary>
internal static class Frozen
{
    public static InvalidOperationException Error()
        => new("The schema is built and read-only: bind resolvers and change types on the builder (SchemaBuilder, CodeFirstSchemaBuilder) before Build().");

    public static void Check(bool frozen)
    {
        if (frozen) throw Error();
    }
}
