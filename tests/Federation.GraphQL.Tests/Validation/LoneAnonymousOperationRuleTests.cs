using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class LoneAnonymousOperationRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_No_Operations() => ExpectValid(() => new LoneAnonymousOperationRule(), """
        fragment fragA on Dog { name }
        """);

    [Fact]
    public void Accepts_One_Anonymous_Operation() => ExpectValid(() => new LoneAnonymousOperationRule(), """
        { dog { name } }
        """);

    [Fact]
    public void Accepts_Anonymous_Operation_With_Fragment() => ExpectValid(() => new LoneAnonymousOperationRule(), """
        { ...Foo } fragment Foo on QueryRoot { dog { name } }
        """);

    [Fact]
    public void Rejects_Two_Anonymous_Operations() => ExpectErrors(() => new LoneAnonymousOperationRule(), """
        { dog { name } } { cat { name } }
        """,
            Error("This anonymous operation must be the only defined operation.", (1, 1)),
            Error("This anonymous operation must be the only defined operation.", (1, 18)));

    [Fact]
    public void Rejects_Anonymous_With_Named_Mutation() => ExpectErrors(() => new LoneAnonymousOperationRule(), """
        { dog { name } } mutation Foo { rename(name: "x") { name } }
        """,
            Error("This anonymous operation must be the only defined operation.", (1, 1)));

    [Fact]
    public void Rejects_Anonymous_With_Named_Subscription() => ExpectErrors(() => new LoneAnonymousOperationRule(), """
        { dog { name } } subscription Foo { newDog { name } }
        """,
            Error("This anonymous operation must be the only defined operation.", (1, 1)));
}
