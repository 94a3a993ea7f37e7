using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class KnownArgumentNamesRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_Known_Field_Argument() => ExpectValid(() => new KnownArgumentNamesRule(), """
        fragment argOnRequiredArg on Dog { doesKnowCommand(dogCommand: SIT) }
        """);

    [Fact]
    public void Accepts_Known_Directive_Arguments() => ExpectValid(() => new KnownArgumentNamesRule(), """
        { dog @skip(if: true) { name } }
        """);

    [Fact]
    public void Accepts_Multiple_Args_In_Reverse_Order() => ExpectValid(() => new KnownArgumentNamesRule(), """
        fragment multipleArgsReverseOrder on Dog { isAtLocation(y: 1, x: 2) }
        """);

    [Fact]
    public void Accepts_Unknown_Arguments_On_Unknown_Field_And_Directive() => ExpectValid(() => new KnownArgumentNamesRule(), """
        { dog { unknown(arg: 1) } human @unknown(arg: 1) { name } }
        """);

    [Fact]
    public void Rejects_Unknown_Directive_Argument() => ExpectErrors(() => new KnownArgumentNamesRule(), """
        { dog @skip(unless: true) { name } }
        """,
            Error("Unknown argument \"unless\" on directive \"@skip\".", (1, 13)));

    [Fact]
    public void Rejects_Misspelled_Directive_Argument() => ExpectErrors(() => new KnownArgumentNamesRule(), """
        { dog @skip(iff: true) { name } }
        """,
            Error("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (1, 13)));

    [Fact]
    public void Rejects_Unknown_Field_Argument() => ExpectErrors(() => new KnownArgumentNamesRule(), """
        fragment invalidArgName on Dog { doesKnowCommand(unknown: true) }
        """,
            Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (1, 50)));

    [Fact]
    public void Rejects_Misspelled_Field_Argument() => ExpectErrors(() => new KnownArgumentNamesRule(), """
        fragment invalidArgName on Dog { doesKnowCommand(DogCommand: true) }
        """,
            Error("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (1, 50)));

    [Fact]
    public void Rejects_Unknown_Args_Deeply() => ExpectErrors(() => new KnownArgumentNamesRule(), """
        { dog { doesKnowCommand(unknown: true) } human { pets { name(surname: true, unknown: 1) } } }
        """,
            Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (1, 25)),
            Error("Unknown argument \"unknown\" on field \"Pet.name\".", (1, 77)));

    [Fact]
    public void Rejects_Unknown_Argument_On_Meta_Field() => ExpectErrors(() => new KnownArgumentNamesRule(), """
        { __type(name: "Dog", extra: 1) { name } }
        """,
            Error("Unknown argument \"extra\" on field \"<meta>.__type\".", (1, 23)));
}
