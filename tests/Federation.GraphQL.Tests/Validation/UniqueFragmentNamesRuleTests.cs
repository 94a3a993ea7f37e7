using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class UniqueFragmentNamesRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_No_Fragments() => ExpectValid(() => new UniqueFragmentNamesRule(), """
        { dog { name } }
        """);

    [Fact]
    public void Accepts_Distinct_Fragments() => ExpectValid(() => new UniqueFragmentNamesRule(), """
        { dog { ...fragA ...fragB } } fragment fragA on Dog { name } fragment fragB on Dog { nickname }
        """);

    [Fact]
    public void Accepts_Inline_Fragments() => ExpectValid(() => new UniqueFragmentNamesRule(), """
        { dog { ... on Dog { name } ... on Dog { nickname } } }
        """);

    [Fact]
    public void Rejects_Duplicate_Fragments() => ExpectErrors(() => new UniqueFragmentNamesRule(), """
        { dog { ...fragA } } fragment fragA on Dog { name } fragment fragA on Dog { barks }
        """,
            Error("There can be only one fragment named \"fragA\".", (1, 31), (1, 62)));

    [Fact]
    public void Rejects_Duplicate_Unused_Fragments() => ExpectErrors(() => new UniqueFragmentNamesRule(), """
        fragment fragA on Dog { name } fragment fragA on Dog { barks }
        """,
            Error("There can be only one fragment named \"fragA\".", (1, 10), (1, 41)));

    [Fact]
    public void Rejects_Each_Extra_Duplicate() => ExpectErrors(() => new UniqueFragmentNamesRule(), """
        fragment fragA on Dog { name } fragment fragA on Dog { barks } fragment fragA on Dog { nickname }
        """,
            Error("There can be only one fragment named \"fragA\".", (1, 10), (1, 41)),
            Error("There can be only one fragment named \"fragA\".", (1, 10), (1, 73)));
}
