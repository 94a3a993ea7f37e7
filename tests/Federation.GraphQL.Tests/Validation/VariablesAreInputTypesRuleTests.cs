using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class VariablesAreInputTypesRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_Input_Types() => ExpectValid(() => new VariablesAreInputTypesRule(), """
        query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput) { dog { name } }
        """);

    [Fact]
    public void Accepts_Unknown_Types() => ExpectValid(() => new VariablesAreInputTypesRule(), """
        query Foo($a: Unknown) { dog { name } }
        """);

    [Fact]
    public void Accepts_Enum_Type() => ExpectValid(() => new VariablesAreInputTypesRule(), """
        query Foo($a: FurColor = BROWN) { dog { name } }
        """);

    [Fact]
    public void Rejects_Output_Types() => ExpectErrors(() => new VariablesAreInputTypesRule(), """
        query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { dog { name } }
        """,
            Error("Variable \"$a\" cannot be non-input type \"Dog\".", (1, 15)),
            Error("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (1, 24)),
            Error("Variable \"$c\" cannot be non-input type \"Pet\".", (1, 44)));

    [Fact]
    public void Rejects_Object_List() => ExpectErrors(() => new VariablesAreInputTypesRule(), """
        query Foo($a: [Human]) { dog { name } }
        """,
            Error("Variable \"$a\" cannot be non-input type \"[Human]\".", (1, 15)));

    [Fact]
    public void Rejects_Non_Null_Union() => ExpectErrors(() => new VariablesAreInputTypesRule(), """
        query Foo($a: DogOrHuman!) { dog { name } }
        """,
            Error("Variable \"$a\" cannot be non-input type \"DogOrHuman!\".", (1, 15)));
}
