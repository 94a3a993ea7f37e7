using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class UniqueInputFieldNamesRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_Distinct_Fields() => ExpectValid(() => new UniqueInputFieldNamesRule(), """
        { field(arg: { f1: "value", f2: "value", f3: "value" }) }
        """);

    [Fact]
    public void Accepts_Same_Name_In_Nested_Objects() => ExpectValid(() => new UniqueInputFieldNamesRule(), """
        { field(arg: { f1: {f2: "value"}, f2: {f1: "value"} }) }
        """);

    [Fact]
    public void Accepts_Same_Name_In_List_Items() => ExpectValid(() => new UniqueInputFieldNamesRule(), """
        { field(arg: [{ f1: 1 }, { f1: 2 }]) }
        """);

    [Fact]
    public void Rejects_Duplicate_Fields() => ExpectErrors(() => new UniqueInputFieldNamesRule(), """
        { field(arg: { f1: "value", f1: "value" }) }
        """,
            Error("There can be only one input field named \"f1\".", (1, 16), (1, 29)));

    [Fact]
    public void Rejects_Many_Duplicates() => ExpectErrors(() => new UniqueInputFieldNamesRule(), """
        { field(arg: { f1: "value", f1: "value", f1: "value" }) }
        """,
            Error("There can be only one input field named \"f1\".", (1, 16), (1, 29)),
            Error("There can be only one input field named \"f1\".", (1, 16), (1, 42)));

    [Fact]
    public void Rejects_Nested_Duplicates() => ExpectErrors(() => new UniqueInputFieldNamesRule(), """
        { field(arg: { f1: {f2: "value", f2: "value" }}) }
        """,
            Error("There can be only one input field named \"f2\".", (1, 21), (1, 34)));
}
