using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class UniqueArgumentNamesRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_No_Arguments() => ExpectValid(() => new UniqueArgumentNamesRule(), """
        { field }
        """);

    [Fact]
    public void Accepts_Distinct_Arguments() => ExpectValid(() => new UniqueArgumentNamesRule(), """
        { field(arg1: "value", arg2: "value") @directive(arg1: "value", arg2: "value") }
        """);

    [Fact]
    public void Accepts_Same_Argument_On_Two_Fields() => ExpectValid(() => new UniqueArgumentNamesRule(), """
        { one: field(arg: "value") two: field(arg: "value") }
        """);

    [Fact]
    public void Rejects_Duplicate_Field_Arguments() => ExpectErrors(() => new UniqueArgumentNamesRule(), """
        { field(arg1: "value", arg1: "value") }
        """,
            Error("There can be only one argument named \"arg1\".", (1, 9), (1, 24)));

    [Fact]
    public void Rejects_Many_Duplicate_Field_Arguments() => ExpectErrors(() => new UniqueArgumentNamesRule(), """
        { field(arg1: "value", arg1: "value", arg1: "value") }
        """,
            Error("There can be only one argument named \"arg1\".", (1, 9), (1, 24), (1, 39)));

    [Fact]
    public void Rejects_Duplicate_Directive_Arguments() => ExpectErrors(() => new UniqueArgumentNamesRule(), """
        { field @directive(arg1: "value", arg1: "value") }
        """,
            Error("There can be only one argument named \"arg1\".", (1, 20), (1, 35)));

    [Fact]
    public void Rejects_Interleaved_Duplicates() => ExpectErrors(() => new UniqueArgumentNamesRule(), """
        { field(a: 1, b: 2, a: 3, b: 4) }
        """,
            Error("There can be only one argument named \"a\".", (1, 9), (1, 21)),
            Error("There can be only one argument named \"b\".", (1, 15), (1, 27)));
}
