using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class KnownDirectivesRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_No_Directives() => ExpectValid(() => new KnownDirectivesRule(), """
        query Foo { dog { name } }
        """);

    [Fact]
    public void Accepts_Known_Directives() => ExpectValid(() => new KnownDirectivesRule(), """
        { dog @include(if: true) { name } human @skip(if: false) { name } }
        """);

    [Fact]
    public void Accepts_Well_Placed_Directives() => ExpectValid(() => new KnownDirectivesRule(), """
        query ($var: Boolean @onVariableDefinition) @onQuery { name @include(if: $var) ...Frag @include(if: true) skippedField @skip(if: true) ...SkippedFrag @skip(if: true) ... @skip(if: true) { skippedField } } mutation @onMutation { someField } subscription @onSubscription { someField } fragment Frag on SomeType @onFragmentDefinition { someField }
        """);

    [Fact]
    public void Rejects_Unknown_Directive() => ExpectErrors(() => new KnownDirectivesRule(), """
        { dog @unknown(directive: "value") { name } }
        """,
            Error("Unknown directive \"@unknown\".", (1, 7)));

    [Fact]
    public void Rejects_Many_Unknown_Directives() => ExpectErrors(() => new KnownDirectivesRule(), """
        { dog @unknown(directive: "value") { name } human @unknown(directive: "value") { name pets @unknown(directive: "value") { name } } }
        """,
            Error("Unknown directive \"@unknown\".", (1, 7)),
            Error("Unknown directive \"@unknown\".", (1, 51)),
            Error("Unknown directive \"@unknown\".", (1, 92)));

    [Fact]
    public void Rejects_Misplaced_Directives() => ExpectErrors(() => new KnownDirectivesRule(), """
        query ($var: Boolean @onQuery) @onMutation { name @onQuery @include(if: $var) ...Frag @onQuery } mutation @onQuery { someField } fragment Frag on SomeType @onInlineFragment { ... @onFragmentSpread { x } }
        """,
            Error("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", (1, 22)),
            Error("Directive \"@onMutation\" may not be used on QUERY.", (1, 32)),
            Error("Directive \"@onQuery\" may not be used on FIELD.", (1, 51)),
            Error("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", (1, 87)),
            Error("Directive \"@onQuery\" may not be used on MUTATION.", (1, 107)),
            Error("Directive \"@onInlineFragment\" may not be used on FRAGMENT_DEFINITION.", (1, 156)),
            Error("Directive \"@onFragmentSpread\" may not be used on INLINE_FRAGMENT.", (1, 180)));

    [Fact]
    public void Rejects_Query_Directive_On_Subscription() => ExpectErrors(() => new KnownDirectivesRule(), """
        subscription @onQuery { newDog { name } }
        """,
            Error("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", (1, 14)));
}
