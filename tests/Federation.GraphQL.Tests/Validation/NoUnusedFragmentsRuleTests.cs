using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class NoUnusedFragmentsRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_All_Fragments_Used() => ExpectValid(() => new NoUnusedFragmentsRule(), """
        { human(id: 4) { ...HumanFields1 } } fragment HumanFields1 on Human { name ...HumanFields2 } fragment HumanFields2 on Human { name }
        """);

    [Fact]
    public void Accepts_Fragments_Used_By_Multiple_Operations() => ExpectValid(() => new NoUnusedFragmentsRule(), """
        query A { dog { ...F } } query B { dog { ...G } } fragment F on Dog { name } fragment G on Dog { name }
        """);

    [Fact]
    public void Accepts_Fragment_Used_Before_Defined() => ExpectValid(() => new NoUnusedFragmentsRule(), """
        fragment F on Dog { name } { dog { ...F } }
        """);

    [Fact]
    public void Rejects_Unused_Fragments() => ExpectErrors(() => new NoUnusedFragmentsRule(), """
        query Foo { human(id: 4) { ...HumanFields1 } } fragment HumanFields1 on Human { name } fragment Unused1 on Human { name } fragment Unused2 on Human { name }
        """,
            Error("Fragment \"Unused1\" is never used.", (1, 88)),
            Error("Fragment \"Unused2\" is never used.", (1, 123)));

    [Fact]
    public void Rejects_Unused_Cycle() => ExpectErrors(() => new NoUnusedFragmentsRule(), """
        { dog { name } } fragment A on Dog { ...B } fragment B on Dog { ...A }
        """,
            Error("Fragment \"A\" is never used.", (1, 18)),
            Error("Fragment \"B\" is never used.", (1, 45)));

    [Fact]
    public void Rejects_Fragment_Only_Used_By_Unused_Fragment() => ExpectErrors(() => new NoUnusedFragmentsRule(), """
        { dog { name } } fragment A on Dog { ...B } fragment B on Dog { name }
        """,
            Error("Fragment \"A\" is never used.", (1, 18)),
            Error("Fragment \"B\" is never used.", (1, 45)));
}
