using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class ScalarLeafsRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_Scalar_Selection() => ExpectValid(() => new ScalarLeafsRule(), """
        fragment scalarSelection on Dog { barks }
        """);

    [Fact]
    public void Accepts_Object_Selection() => ExpectValid(() => new ScalarLeafsRule(), """
        { dog { name owner { name } } }
        """);

    [Fact]
    public void Accepts_Enum_Leaf() => ExpectValid(() => new ScalarLeafsRule(), """
        { cat { furColor } }
        """);

    [Fact]
    public void Rejects_Object_Without_Selection() => ExpectErrors(() => new ScalarLeafsRule(), """
        query directQueryOnObjectWithoutSubFields { human }
        """,
            Error("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (1, 45)));

    [Fact]
    public void Rejects_Interface_Without_Selection() => ExpectErrors(() => new ScalarLeafsRule(), """
        { pet }
        """,
            Error("Field \"pet\" of type \"Pet\" must have a selection of subfields. Did you mean \"pet { ... }\"?", (1, 3)));

    [Fact]
    public void Rejects_List_Without_Selection() => ExpectErrors(() => new ScalarLeafsRule(), """
        { human { pets } }
        """,
            Error("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (1, 11)));

    [Fact]
    public void Rejects_Selection_On_Boolean() => ExpectErrors(() => new ScalarLeafsRule(), """
        fragment scalarSelectionsNotAllowedOnBoolean on Dog { barks { sinceWhen } }
        """,
            Error("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (1, 61)));

    [Fact]
    public void Rejects_Selection_On_Enum() => ExpectErrors(() => new ScalarLeafsRule(), """
        { cat { furColor { inHexDec } } }
        """,
            Error("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (1, 18)));

    [Fact]
    public void Rejects_Selection_On_Scalar_With_Args() => ExpectErrors(() => new ScalarLeafsRule(), """
        fragment f on Dog { doesKnowCommand(dogCommand: SIT) { sinceWhen } }
        """,
            Error("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (1, 54)));
}
