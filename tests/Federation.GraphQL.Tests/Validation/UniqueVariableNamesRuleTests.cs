using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class UniqueVariableNamesRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_Unique_Names() => ExpectValid(() => new UniqueVariableNamesRule(), """
        query A($x: Int, $y: String) { __typename } query B($x: String, $y: Int) { __typename }
        """);

    [Fact]
    public void Accepts_No_Variables() => ExpectValid(() => new UniqueVariableNamesRule(), """
        { __typename }
        """);

    [Fact]
    public void Accepts_Single_Variable() => ExpectValid(() => new UniqueVariableNamesRule(), """
        query A($x: Int) { __typename }
        """);

    [Fact]
    public void Rejects_Duplicate_Names() => ExpectErrors(() => new UniqueVariableNamesRule(), """
        query A($x: Int, $x: Int, $x: String) { __typename } query B($x: String, $x: Int) { __typename } query C($x: Int, $x: Int) { __typename }
        """,
            Error("There can be only one variable named \"$x\".", (1, 10), (1, 19), (1, 28)),
            Error("There can be only one variable named \"$x\".", (1, 63), (1, 75)),
            Error("There can be only one variable named \"$x\".", (1, 107), (1, 116)));

    [Fact]
    public void Rejects_Duplicates_Grouped_By_Name() => ExpectErrors(() => new UniqueVariableNamesRule(), """
        query A($x: Int, $y: Int, $x: Int, $y: Int) { __typename }
        """,
            Error("There can be only one variable named \"$x\".", (1, 10), (1, 28)),
            Error("There can be only one variable named \"$y\".", (1, 19), (1, 37)));

    [Fact]
    public void Rejects_Duplicate_With_Different_Types() => ExpectErrors(() => new UniqueVariableNamesRule(), """
        query A($a: Int!, $a: [Int]) { __typename }
        """,
            Error("There can be only one variable named \"$a\".", (1, 10), (1, 20)));
}
