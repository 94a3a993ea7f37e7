using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class MaxIntrospectionDepthRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_Simple_Introspection() => ExpectValid(() => new MaxIntrospectionDepthRule(), """
        { __schema { types { name fields { name type { name } } } } }
        """);

    [Fact]
    public void Accepts_Two_Levels_Of_Lists() => ExpectValid(() => new MaxIntrospectionDepthRule(), """
        { __schema { types { fields { type { fields { name } } } } } }
        """);

    [Fact]
    public void Accepts_Non_Introspection_Fields_Named_Like_Lists() => ExpectValid(() => new MaxIntrospectionDepthRule(), """
        { dog { name } }
        """);

    [Fact]
    public void Rejects_Three_Levels_Of_Fields() => ExpectErrors(() => new MaxIntrospectionDepthRule(), """
        { __schema { types { fields { type { fields { type { fields { name } } } } } } } }
        """,
            Error("Maximum introspection depth exceeded", (1, 3)));

    [Fact]
    public void Rejects_Deep_Interfaces_Through_Fragments() => ExpectErrors(() => new MaxIntrospectionDepthRule(), """
        { __type(name: "Dog") { ...A } } fragment A on __Type { interfaces { ...B } } fragment B on __Type { possibleTypes { ...C } } fragment C on __Type { inputFields { name } }
        """,
            Error("Maximum introspection depth exceeded", (1, 3)));

    [Fact]
    public void Rejects_Deep_Type_Query() => ExpectErrors(() => new MaxIntrospectionDepthRule(), """
        { __type(name: "Dog") { fields { type { interfaces { possibleTypes { name } } } } } }
        """,
            Error("Maximum introspection depth exceeded", (1, 3)));
}
