using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class UniqueOperationNamesRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_No_Operations() => ExpectValid(() => new UniqueOperationNamesRule(), """
        fragment fragA on Dog { name }
        """);

    [Fact]
    public void Accepts_One_Anonymous_Operation() => ExpectValid(() => new UniqueOperationNamesRule(), """
        { dog { name } }
        """);

    [Fact]
    public void Accepts_Multiple_Distinct_Operations() => ExpectValid(() => new UniqueOperationNamesRule(), """
        query Foo { dog { name } } query Bar { dog { name } }
        """);

    [Fact]
    public void Accepts_Fragment_And_Operation_With_Same_Name() => ExpectValid(() => new UniqueOperationNamesRule(), """
        query Foo { dog { ...Foo } } fragment Foo on Dog { name }
        """);

    [Fact]
    public void Rejects_Duplicate_Query_Names() => ExpectErrors(() => new UniqueOperationNamesRule(), """
        query Foo { dog { name } } query Foo { cat { name } }
        """,
            Error("There can be only one operation named \"Foo\".", (1, 7), (1, 34)));

    [Fact]
    public void Rejects_Duplicate_Names_Across_Operation_Types() => ExpectErrors(() => new UniqueOperationNamesRule(), """
        query Foo { dog { name } } mutation Foo { rename(name: "x") { name } }
        """,
            Error("There can be only one operation named \"Foo\".", (1, 7), (1, 37)));

    [Fact]
    public void Rejects_Triplicate_Names() => ExpectErrors(() => new UniqueOperationNamesRule(), """
        query Foo { dog { name } } query Foo { dog { name } } subscription Foo { newDog { name } }
        """,
            Error("There can be only one operation named \"Foo\".", (1, 7), (1, 34)),
            Error("There can be only one operation named \"Foo\".", (1, 7), (1, 68)));
}
