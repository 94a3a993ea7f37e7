using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class KnownTypeNamesRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_Known_Types() => ExpectValid(() => new KnownTypeNamesRule(), """
        query Foo($var: String, $required: [Int!]!) { dog { ... on Dog { name } ...PetFields } } fragment PetFields on Pet { name }
        """);

    [Fact]
    public void Accepts_Introspection_Type_In_Fragment() => ExpectValid(() => new KnownTypeNamesRule(), """
        { __schema { ...T } } fragment T on __Schema { types { name } }
        """);

    [Fact]
    public void Accepts_Known_Enum_Variable() => ExpectValid(() => new KnownTypeNamesRule(), """
        query Foo($c: FurColor) { dog { name } }
        """);

    [Fact]
    public void Rejects_Unknown_Variable_Type() => ExpectErrors(() => new KnownTypeNamesRule(), """
        query Foo($var: JumbledUpLetters) { dog { name } }
        """,
            Error("Unknown type \"JumbledUpLetters\".", (1, 17)));

    [Fact]
    public void Rejects_Unknown_Fragment_Types() => ExpectErrors(() => new KnownTypeNamesRule(), """
        { dog { ... on Badger { name } ...Frag } } fragment Frag on Peettt { name }
        """,
            Error("Unknown type \"Badger\".", (1, 16)),
            Error("Unknown type \"Peettt\". Did you mean \"Pet\"?", (1, 61)));

    [Fact]
    public void Suggests_Close_Type_Names() => ExpectErrors(() => new KnownTypeNamesRule(), """
        query Foo($c: FurColour, $d: [Strin!]) { dog { name } }
        """,
            Error("Unknown type \"FurColour\". Did you mean \"FurColor\"?", (1, 15)),
            Error("Unknown type \"Strin\". Did you mean \"String\"?", (1, 31)));

    [Fact]
    public void Rejects_Unknown_Type_In_Type_System_Definition() => ExpectErrors(() => new KnownTypeNamesRule(), """
        type Foo { a: Baz } { dog { name } }
        """,
            Error("Unknown type \"Baz\". Did you mean \"Cat\"?", (1, 15)));
}
