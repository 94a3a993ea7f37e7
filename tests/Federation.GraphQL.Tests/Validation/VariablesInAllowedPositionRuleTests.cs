using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class VariablesInAllowedPositionRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_Boolean_Into_Boolean() => ExpectValid(() => new VariablesInAllowedPositionRule(), """
        query Query($booleanArg: Boolean) { complicatedArgs { booleanArgField(booleanArg: $booleanArg) } }
        """);

    [Fact]
    public void Accepts_Non_Null_Into_Nullable() => ExpectValid(() => new VariablesInAllowedPositionRule(), """
        query Query($nonNullBooleanArg: Boolean!) { complicatedArgs { booleanArgField(booleanArg: $nonNullBooleanArg) } }
        """);

    [Fact]
    public void Accepts_Nullable_With_Default_Into_Non_Null() => ExpectValid(() => new VariablesInAllowedPositionRule(), """
        query Query($intVar: Int = 1) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intVar) } }
        """);

    [Fact]
    public void Accepts_Nullable_Into_Non_Null_Argument_With_Default() => ExpectValid(() => new VariablesInAllowedPositionRule(), """
        query Query($intVar: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $intVar) } }
        """);

    [Fact]
    public void Accepts_Item_Into_List() => ExpectValid(() => new VariablesInAllowedPositionRule(), """
        query Query($stringVar: String) { complicatedArgs { stringListArgField(stringListArg: [$stringVar]) } }
        """);

    [Fact]
    public void Accepts_Non_Null_Variable_In_OneOf() => ExpectValid(() => new VariablesInAllowedPositionRule(), """
        query Query($s: String!) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }
        """);

    [Fact]
    public void Rejects_Int_Into_Non_Null_Int() => ExpectErrors(() => new VariablesInAllowedPositionRule(), """
        query Query($intArg: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } }
        """,
            Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (1, 81)));

    [Fact]
    public void Rejects_Through_Fragment() => ExpectErrors(() => new VariablesInAllowedPositionRule(), """
        fragment nonNullIntArgFieldFrag on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } query Query($intArg: Int) { complicatedArgs { ...nonNullIntArgFieldFrag } }
        """,
            Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (1, 111), (1, 88)));

    [Fact]
    public void Rejects_String_Into_Boolean() => ExpectErrors(() => new VariablesInAllowedPositionRule(), """
        query Query($stringVar: String) { complicatedArgs { booleanArgField(booleanArg: $stringVar) } }
        """,
            Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean\".", (1, 13), (1, 81)));

    [Fact]
    public void Rejects_String_Into_List() => ExpectErrors(() => new VariablesInAllowedPositionRule(), """
        query Query($stringVar: String) { complicatedArgs { stringListArgField(stringListArg: $stringVar) } }
        """,
            Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".", (1, 13), (1, 87)));

    [Fact]
    public void Rejects_Nullable_Into_Directive_If() => ExpectErrors(() => new VariablesInAllowedPositionRule(), """
        query Query($boolVar: Boolean) { dog @include(if: $boolVar) { name } }
        """,
            Error("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 13), (1, 51)));

    [Fact]
    public void Rejects_Null_Default_Into_Non_Null() => ExpectErrors(() => new VariablesInAllowedPositionRule(), """
        query Query($intVar: Int = null) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intVar) } }
        """,
            Error("Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (1, 88)));

    [Fact]
    public void Rejects_Nullable_Variable_In_OneOf() => ExpectErrors(() => new VariablesInAllowedPositionRule(), """
        query Query($s: String) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }
        """,
            Error("Variable \"$s\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 13), (1, 84)));
}
