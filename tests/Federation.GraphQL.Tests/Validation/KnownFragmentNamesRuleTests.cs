using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class KnownFragmentNamesRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_Known_Fragments() => ExpectValid(() => new KnownFragmentNamesRule(), """
        { human(id: 4) { ...HumanFields1 ... on Human { ...HumanFields2 } } } fragment HumanFields1 on Human { name ...HumanFields3 } fragment HumanFields2 on Human { name } fragment HumanFields3 on Human { name }
        """);

    [Fact]
    public void Accepts_Fragment_Defined_After_Use() => ExpectValid(() => new KnownFragmentNamesRule(), """
        { dog { ...A } } fragment A on Dog { name }
        """);

    [Fact]
    public void Accepts_Nested_Fragment() => ExpectValid(() => new KnownFragmentNamesRule(), """
        { dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { name }
        """);

    [Fact]
    public void Rejects_Unknown_Fragments() => ExpectErrors(() => new KnownFragmentNamesRule(), """
        { human(id: 4) { ...UnknownFragment1 ... on Human { ...UnknownFragment2 } } } fragment HumanFields on Human { name ...UnknownFragment3 }
        """,
            Error("Unknown fragment \"UnknownFragment1\".", (1, 21)),
            Error("Unknown fragment \"UnknownFragment2\".", (1, 56)),
            Error("Unknown fragment \"UnknownFragment3\".", (1, 119)));

    [Fact]
    public void Rejects_Misspelled_Fragment() => ExpectErrors(() => new KnownFragmentNamesRule(), """
        { dog { ...Fragg } } fragment Frag on Dog { name }
        """,
            Error("Unknown fragment \"Fragg\".", (1, 12)));

    [Fact]
    public void Rejects_Unknown_Fragment_In_Operation_Root() => ExpectErrors(() => new KnownFragmentNamesRule(), """
        { ...Missing }
        """,
            Error("Unknown fragment \"Missing\".", (1, 6)));
}
