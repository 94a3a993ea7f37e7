using GraphQL.Types;
using GraphQLParser.AST;

namespace Federation.Benchmarks.GraphQLNet;

/// <summary>
/// A custom scalar of the kitchen-sink schema (DateTime, URL, JSON) for GraphQL.NET, whose schema builder ignores
/// <c>scalar</c> definitions: any literal or value is accepted as is, as graphql-js's and Federation's SDL-built
/// custom scalars do.
/// </summary>
public sealed class PassThroughScalar : ScalarGraphType
{
    public PassThroughScalar(string name) => Name = name;

    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLNullValue ? null : value;

    public override object? ParseValue(object? value) => value;

    public override object? Serialize(object? value) => value;
}
