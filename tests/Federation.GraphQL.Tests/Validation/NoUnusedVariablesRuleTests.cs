using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class NoUnusedVariablesRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_All_Used() => ExpectValid(() => new NoUnusedVariablesRule(), """
        query ($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c) }
        """);

    [Fact]
    public void Accepts_Used_In_Fragment() => ExpectValid(() => new NoUnusedVariablesRule(), """
        query Foo($a: String, $b: String) { ...FragA } fragment FragA on Type { field(a: $a) { ...FragB } } fragment FragB on Type { field(b: $b) }
        """);

    [Fact]
    public void Accepts_Used_In_List_And_Object() => ExpectValid(() => new NoUnusedVariablesRule(), """
        query Foo($a: String, $b: Boolean) { field(a: [$a], o: {x: $b}) }
        """);

    [Fact]
    public void Rejects_Unused_Variable() => ExpectErrors(() => new NoUnusedVariablesRule(), """
        query ($a: String, $b: String, $c: String) { field(a: $a, b: $b) }
        """,
            Error("Variable \"$c\" is never used.", (1, 32)));

    [Fact]
    public void Rejects_Unused_In_Named_Operation() => ExpectErrors(() => new NoUnusedVariablesRule(), """
        query Foo($a: String, $b: String, $c: String) { field(b: $b) }
        """,
            Error("Variable \"$a\" is never used in operation \"Foo\".", (1, 11)),
            Error("Variable \"$c\" is never used in operation \"Foo\".", (1, 35)));

    [Fact]
    public void Rejects_Variable_Used_Only_By_Unused_Fragment() => ExpectErrors(() => new NoUnusedVariablesRule(), """
        query Foo($b: String) { ...FragA } fragment FragA on Type { field(a: $a) } fragment FragB on Type { field(b: $b) }
        """,
            Error("Variable \"$b\" is never used in operation \"Foo\".", (1, 11)));

    [Fact]
    public void Rejects_Unused_For_Each_Operation() => ExpectErrors(() => new NoUnusedVariablesRule(), """
        query Foo($b: String) { ...FragA } query Bar($a: String) { ...FragB } fragment FragA on Type { field(a: $a) } fragment FragB on Type { field(b: $b) }
        """,
            Error("Variable \"$b\" is never used in operation \"Foo\".", (1, 11)),
            Error("Variable \"$a\" is never used in operation \"Bar\".", (1, 46)));
}
