using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class SingleFieldSubscriptionsRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_One_Field() => ExpectValid(() => new SingleFieldSubscriptionsRule(), """
        subscription ImportantEmails { newDog { name } }
        """);

    [Fact]
    public void Accepts_One_Field_Through_Fragment() => ExpectValid(() => new SingleFieldSubscriptionsRule(), """
        subscription S { ...F } fragment F on SubscriptionRoot { newDog { name } }
        """);

    [Fact]
    public void Accepts_Same_Response_Name_Twice() => ExpectValid(() => new SingleFieldSubscriptionsRule(), """
        subscription S { newDog { name } newDog { nickname } }
        """);

    [Fact]
    public void Rejects_Two_Fields() => ExpectErrors(() => new SingleFieldSubscriptionsRule(), """
        subscription S { newDog { name } newCat { name } }
        """,
            Error("Subscription \"S\" must select only one top level field.", (1, 34)));

    [Fact]
    public void Rejects_Anonymous_Two_Fields() => ExpectErrors(() => new SingleFieldSubscriptionsRule(), """
        subscription { newDog { name } newCat { name } }
        """,
            Error("Anonymous Subscription must select only one top level field.", (1, 32)));

    [Fact]
    public void Rejects_Field_From_Fragment() => ExpectErrors(() => new SingleFieldSubscriptionsRule(), """
        subscription S { newDog { name } ...F } fragment F on SubscriptionRoot { newCat { name } }
        """,
            Error("Subscription \"S\" must select only one top level field.", (1, 74)));

    [Fact]
    public void Rejects_Introspection_Field() => ExpectErrors(() => new SingleFieldSubscriptionsRule(), """
        subscription S { __typename }
        """,
            Error("Subscription \"S\" must not select an introspection top level field.", (1, 18)));

    [Fact]
    public void Rejects_Skip_On_Root_Field() => ExpectErrors(() => new SingleFieldSubscriptionsRule(), """
        subscription S { newDog @skip(if: true) { name } }
        """,
            Error("Subscription \"S\" must not use `@skip` or `@include` directives in the top level selection.", (1, 25)));

    [Fact]
    public void Rejects_Include_On_Root_Fragment() => ExpectErrors(() => new SingleFieldSubscriptionsRule(), """
        subscription { ... @include(if: false) { newDog { name } } }
        """,
            Error("Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection.", (1, 20)));

    [Fact]
    public void Rejects_No_Fields_When_Fragment_Does_Not_Match() => ExpectErrors(() => new SingleFieldSubscriptionsRule(), """
        subscription S { ... on QueryRoot { dog { name } } }
        """,
            Error("Subscription \"S\" must select one top level field.", (1, 16)));
}
