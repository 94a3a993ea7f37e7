using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class FieldsOnCorrectTypeRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_Object_Field() => ExpectValid(() => new FieldsOnCorrectTypeRule(), """
        fragment objectFieldSelection on Dog { __typename name }
        """);

    [Fact]
    public void Accepts_Aliased_Interface_Field() => ExpectValid(() => new FieldsOnCorrectTypeRule(), """
        fragment interfaceFieldSelection on Pet { otherName : name }
        """);

    [Fact]
    public void Accepts_Typename_On_Union() => ExpectValid(() => new FieldsOnCorrectTypeRule(), """
        fragment f on CatOrDog { __typename }
        """);

    [Fact]
    public void Accepts_Meta_Fields_On_Query() => ExpectValid(() => new FieldsOnCorrectTypeRule(), """
        { __schema { queryType { name } } __type(name: "Dog") { name } }
        """);

    [Fact]
    public void Rejects_Unknown_Field_With_Suggestion() => ExpectErrors(() => new FieldsOnCorrectTypeRule(), """
        fragment f on Dog { nam }
        """,
            Error("Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", (1, 21)));

    [Fact]
    public void Rejects_Unknown_Field_Without_Suggestion() => ExpectErrors(() => new FieldsOnCorrectTypeRule(), """
        fragment f on Dog { meowVolume }
        """,
            Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (1, 21)));

    [Fact]
    public void Rejects_Field_On_Union_Suggesting_Types() => ExpectErrors(() => new FieldsOnCorrectTypeRule(), """
        fragment f on CatOrDog { name }
        """,
            Error("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", (1, 26)));

    [Fact]
    public void Rejects_Field_On_Interface_Suggesting_Types() => ExpectErrors(() => new FieldsOnCorrectTypeRule(), """
        fragment f on Pet { nickname }
        """,
            Error("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (1, 21)));

    [Fact]
    public void Rejects_Deep_Unknown_Fields() => ExpectErrors(() => new FieldsOnCorrectTypeRule(), """
        { dog { unknown_field { deeper_unknown_field } } }
        """,
            Error("Cannot query field \"unknown_field\" on type \"Dog\".", (1, 9)));

    [Fact]
    public void Rejects_Schema_Outside_Query_Root() => ExpectErrors(() => new FieldsOnCorrectTypeRule(), """
        { dog { __schema { types { name } } } }
        """,
            Error("Cannot query field \"__schema\" on type \"Dog\".", (1, 9)));

    [Fact]
    public void Rejects_Unknown_Field_On_Abstract_Type_Suggesting_Interface_First() => ExpectErrors(() => new FieldsOnCorrectTypeRule(), """
        { humanOrAlien { name } }
        """,
            Error("Cannot query field \"name\" on type \"HumanOrAlien\". Did you mean to use an inline fragment on \"Alien\" or \"Human\"?", (1, 18)));
}
