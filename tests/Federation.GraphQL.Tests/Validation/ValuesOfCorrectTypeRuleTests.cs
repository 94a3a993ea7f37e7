using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class ValuesOfCorrectTypeRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_Good_Literals() => ExpectValid(() => new ValuesOfCorrectTypeRule(), """
        { complicatedArgs { intArgField(intArg: 2) stringArgField(stringArg: "x") booleanArgField(booleanArg: true) enumArgField(enumArg: BROWN) floatArgField(floatArg: 1) idArgField(idArg: 1) } }
        """);

    [Fact]
    public void Accepts_Null_For_Nullable() => ExpectValid(() => new ValuesOfCorrectTypeRule(), """
        { complicatedArgs { intArgField(intArg: null) stringListArgField(stringListArg: [null, "a"]) } }
        """);

    [Fact]
    public void Accepts_Single_Value_For_List() => ExpectValid(() => new ValuesOfCorrectTypeRule(), """
        { complicatedArgs { stringListArgField(stringListArg: "one") } }
        """);

    [Fact]
    public void Accepts_Complete_Input_Object() => ExpectValid(() => new ValuesOfCorrectTypeRule(), """
        { complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 4, stringListField: ["a"] }) } }
        """);

    [Fact]
    public void Accepts_Variables_Anywhere() => ExpectValid(() => new ValuesOfCorrectTypeRule(), """
        query Q($a: Int, $b: String) { complicatedArgs { intArgField(intArg: $a) complexArgField(complexArg: { requiredField: $a, stringField: $b }) } }
        """);

    [Fact]
    public void Accepts_OneOf_With_One_Field() => ExpectValid(() => new ValuesOfCorrectTypeRule(), """
        { complicatedArgs { oneOfArgField(oneOfArg: { stringField: "abc" }) } }
        """);

    [Fact]
    public void Rejects_String_For_Int() => ExpectErrors(() => new ValuesOfCorrectTypeRule(), """
        { complicatedArgs { intArgField(intArg: "3") } }
        """,
            Error("Int cannot represent non-integer value: \"3\"", (1, 41)));

    [Fact]
    public void Rejects_Float_For_Int() => ExpectErrors(() => new ValuesOfCorrectTypeRule(), """
        { complicatedArgs { intArgField(intArg: 3.0) } }
        """,
            Error("Int cannot represent non-integer value: 3.0", (1, 41)));

    [Fact]
    public void Rejects_Big_Int() => ExpectErrors(() => new ValuesOfCorrectTypeRule(), """
        { complicatedArgs { intArgField(intArg: 829384293849283498239482938) } }
        """,
            Error("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", (1, 41)));

    [Fact]
    public void Rejects_Int_For_String() => ExpectErrors(() => new ValuesOfCorrectTypeRule(), """
        { complicatedArgs { stringArgField(stringArg: 1) } }
        """,
            Error("String cannot represent a non string value: 1", (1, 47)));

    [Fact]
    public void Rejects_String_For_Boolean() => ExpectErrors(() => new ValuesOfCorrectTypeRule(), """
        { complicatedArgs { booleanArgField(booleanArg: "true") } }
        """,
            Error("Boolean cannot represent a non boolean value: \"true\"", (1, 49)));

    [Fact]
    public void Rejects_Float_For_ID() => ExpectErrors(() => new ValuesOfCorrectTypeRule(), """
        { complicatedArgs { idArgField(idArg: 1.0) } }
        """,
            Error("ID cannot represent a non-string and non-integer value: 1.0", (1, 39)));

    [Fact]
    public void Rejects_Enum_For_Float() => ExpectErrors(() => new ValuesOfCorrectTypeRule(), """
        { complicatedArgs { floatArgField(floatArg: ONE) } }
        """,
            Error("Float cannot represent non numeric value: ONE", (1, 45)));

    [Fact]
    public void Rejects_Unknown_Enum_Value_With_Suggestion() => ExpectErrors(() => new ValuesOfCorrectTypeRule(), """
        { complicatedArgs { enumArgField(enumArg: brown) } }
        """,
            Error("Value \"brown\" does not exist in \"FurColor\" enum. Did you mean the enum value \"BROWN\"?", (1, 43)));

    [Fact]
    public void Rejects_String_For_Enum() => ExpectErrors(() => new ValuesOfCorrectTypeRule(), """
        { complicatedArgs { enumArgField(enumArg: "BROWN") } }
        """,
            Error("Enum \"FurColor\" cannot represent non-enum value: \"BROWN\". Did you mean the enum value \"BROWN\"?", (1, 43)));

    [Fact]
    public void Rejects_Null_For_Non_Null() => ExpectErrors(() => new ValuesOfCorrectTypeRule(), """
        { complicatedArgs { nonNullIntArgField(nonNullIntArg: null) } }
        """,
            Error("Expected value of non-null type \"Int!\" not to be null.", (1, 55)));

    [Fact]
    public void Rejects_Bad_List_Items() => ExpectErrors(() => new ValuesOfCorrectTypeRule(), """
        { complicatedArgs { stringListArgField(stringListArg: ["one", 2, [3]]) } }
        """,
            Error("String cannot represent a non string value: 2", (1, 63)),
            Error("String cannot represent a non string value: [3]", (1, 66)));

    [Fact]
    public void Rejects_Missing_Required_Input_Field() => ExpectErrors(() => new ValuesOfCorrectTypeRule(), """
        { complicatedArgs { complexArgField(complexArg: { intField: 4 }) } }
        """,
            Error("Expected value of type \"ComplexInput\" to include required field \"requiredField\", found: { intField: 4 }.", (1, 49)));

    [Fact]
    public void Rejects_Unknown_Input_Field_With_Suggestion() => ExpectErrors(() => new ValuesOfCorrectTypeRule(), """
        { complicatedArgs { complexArgField(complexArg: { requiredField: true, invalidField: "value", stringFeld: "x" }) } }
        """,
            Error("Expected value of type \"ComplexInput\" not to include unknown field \"invalidField\". Did you mean \"intField\"? Found: { requiredField: true, invalidField: \"value\", stringFeld: \"x\" }.", (1, 72)),
            Error("Expected value of type \"ComplexInput\" not to include unknown field \"stringFeld\". Did you mean \"stringField\", \"intField\", or \"stringListField\"? Found: { requiredField: true, invalidField: \"value\", stringFeld: \"x\" }.", (1, 95)));

    [Fact]
    public void Rejects_Scalar_For_Input_Object() => ExpectErrors(() => new ValuesOfCorrectTypeRule(), """
        { complicatedArgs { complexArgField(complexArg: 4) } }
        """,
            Error("Expected value of type \"ComplexInput\" to be an object, found: 4.", (1, 49)));

    [Fact]
    public void Rejects_OneOf_With_Two_Fields() => ExpectErrors(() => new ValuesOfCorrectTypeRule(), """
        { complicatedArgs { oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 }) } }
        """,
            Error("Within OneOf Input Object type \"OneOfInput\", exactly one field must be specified, and the value for that field must be non-null.", (1, 45)));

    [Fact]
    public void Rejects_OneOf_With_Null_Field() => ExpectErrors(() => new ValuesOfCorrectTypeRule(), """
        { complicatedArgs { oneOfArgField(oneOfArg: { stringField: null }) } }
        """,
            Error("Within OneOf Input Object type \"OneOfInput\", exactly one field must be specified, and the value for that field must be non-null.", (1, 45)));

    [Fact]
    public void Rejects_OneOf_With_No_Field() => ExpectErrors(() => new ValuesOfCorrectTypeRule(), """
        { complicatedArgs { oneOfArgField(oneOfArg: {}) } }
        """,
            Error("Within OneOf Input Object type \"OneOfInput\", exactly one field must be specified, and the value for that field must be non-null.", (1, 45)));

    [Fact]
    public void Rejects_Bad_Variable_Default_Values() => ExpectErrors(() => new ValuesOfCorrectTypeRule(), """
        query Q($a: Int = "one", $b: String = 4, $c: ComplexInput = { requiredField: 1 }) { dog { name } }
        """,
            Error("Int cannot represent non-integer value: \"one\"", (1, 19)),
            Error("String cannot represent a non string value: 4", (1, 39)),
            Error("Boolean cannot represent a non boolean value: 1", (1, 78)));

    [Fact]
    public void Rejects_Bad_Directive_Argument() => ExpectErrors(() => new ValuesOfCorrectTypeRule(), """
        { dog @include(if: "yes") { name } }
        """,
            Error("Boolean cannot represent a non boolean value: \"yes\"", (1, 20)));
}
