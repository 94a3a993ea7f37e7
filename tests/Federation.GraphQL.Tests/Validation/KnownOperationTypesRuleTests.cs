using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class KnownOperationTypesRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_Query() => ExpectValid(() => new KnownOperationTypesRule(), """
        { dog { name } }
        """);

    [Fact]
    public void Accepts_Mutation_And_Subscription() => ExpectValid(() => new KnownOperationTypesRule(), """
        mutation M { rename(name: "x") { name } } subscription S { newDog { name } }
        """);

    [Fact]
    public void Accepts_Named_Query() => ExpectValid(() => new KnownOperationTypesRule(), """
        query Q { dog { name } }
        """);
}
