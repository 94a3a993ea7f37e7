using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class NoUndefinedVariablesRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_All_Defined() => ExpectValid(() => new NoUndefinedVariablesRule(), """
        query Foo($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c) }
        """);

    [Fact]
    public void Accepts_Variables_In_Fragments() => ExpectValid(() => new NoUndefinedVariablesRule(), """
        query Foo($a: String) { ...FragA } fragment FragA on Type { field(a: $a) { ...FragB } } fragment FragB on Type { field(b: $a) }
        """);

    [Fact]
    public void Accepts_Variable_In_Directive() => ExpectValid(() => new NoUndefinedVariablesRule(), """
        query Foo($a: Boolean!) { dog @include(if: $a) { name } }
        """);

    [Fact]
    public void Rejects_Undefined_Variable() => ExpectErrors(() => new NoUndefinedVariablesRule(), """
        query Foo($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c, d: $d) }
        """,
            Error("Variable \"$d\" is not defined by operation \"Foo\".", (1, 79), (1, 1)));

    [Fact]
    public void Rejects_Undefined_In_Anonymous_Operation() => ExpectErrors(() => new NoUndefinedVariablesRule(), """
        { field(a: $a) }
        """,
            Error("Variable \"$a\" is not defined.", (1, 12), (1, 1)));

    [Fact]
    public void Rejects_Undefined_In_Fragment() => ExpectErrors(() => new NoUndefinedVariablesRule(), """
        query Foo($a: String) { ...FragA } fragment FragA on Type { field(a: $a) { ...FragB } } fragment FragB on Type { field(b: $b) }
        """,
            Error("Variable \"$b\" is not defined by operation \"Foo\".", (1, 123), (1, 1)));

    [Fact]
    public void Rejects_Undefined_For_Each_Operation() => ExpectErrors(() => new NoUndefinedVariablesRule(), """
        query Foo($b: String) { ...FragAB } query Bar($a: String) { ...FragAB } fragment FragAB on Type { field1(a: $a, b: $b) ...FragC field3(a: $a, b: $b) } fragment FragC on Type { field2(c: $c) }
        """,
            Error("Variable \"$a\" is not defined by operation \"Foo\".", (1, 109), (1, 1)),
            Error("Variable \"$a\" is not defined by operation \"Foo\".", (1, 139), (1, 1)),
            Error("Variable \"$c\" is not defined by operation \"Foo\".", (1, 187), (1, 1)),
            Error("Variable \"$b\" is not defined by operation \"Bar\".", (1, 116), (1, 37)),
            Error("Variable \"$b\" is not defined by operation \"Bar\".", (1, 146), (1, 37)),
            Error("Variable \"$c\" is not defined by operation \"Bar\".", (1, 187), (1, 37)));
}
