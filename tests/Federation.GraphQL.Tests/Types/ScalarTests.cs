using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Tests.Types;

/// <summary>Expected values and messages are graphql-js 17.1.0's (coerceOutputValue, coerceInputValue, coerceInputLiteral).</summary>
public class ScalarTests
{
    private static string Error(Action action) => Assert.Throws<GraphQLException>(action).Errors[0].Message;

    private static IValueNode Literal(string text) => Parser.ParseValue(text);

    // ---- Int ----
    [Theory]
    [InlineData(1, 1)]
    [InlineData(1L, 1)]
    [InlineData(3.0, 3)]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    [InlineData("12", 12)]
    [InlineData(" 12 ", 12)]
    [InlineData("1e3", 1000)]
    [InlineData("0x10", 16)]
    public void Int_Serialize_Accepts(object value, int expected) => Assert.Equal(expected, BuiltInTypes.Int.Serialize(value));

    [Theory]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData(2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData(2147483648d, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData(1e21, "Int cannot represent non 32-bit signed integer value: 1e+21")]
    [InlineData(1.5e-7, "Int cannot represent non-integer value: 1.5e-7")]
    [InlineData(double.NaN, "Int cannot represent non-integer value: NaN")]
    [InlineData(double.PositiveInfinity, "Int cannot represent non-integer value: Infinity")]
    [InlineData("", "Int cannot represent non-integer value: \"\"")]
    [InlineData("abc", "Int cannot represent non-integer value: \"abc\"")]
    [InlineData("2147483648", "Int cannot represent non 32-bit signed integer value: \"2147483648\"")]
    [InlineData(null, "Int cannot represent non-integer value: null")]
    public void Int_Serialize_Rejects(object? value, string message) => Assert.Equal(message, Error(() => BuiltInTypes.Int.Serialize(value)));

    [Fact]
    public void Int_Serialize_Rejects_Lists_And_Objects()
    {
        Assert.Equal("Int cannot represent non-integer value: [1, 2]", Error(() => BuiltInTypes.Int.Serialize(new List<object?> { 1L, 2L })));
        Assert.Equal("Int cannot represent non-integer value: { a: 1 }",
            Error(() => BuiltInTypes.Int.Serialize(new Dictionary<string, object?> { ["a"] = 1L })));
    }

    [Theory]
    [InlineData(1L, 1)]
    [InlineData(-2147483648L, -2147483648)]
    [InlineData(2.0, 2)]
    public void Int_ParseValue_Accepts(object value, int expected) => Assert.Equal(expected, BuiltInTypes.Int.ParseValue(value));

    [Theory]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData(true, "Int cannot represent non-integer value: true")]
    [InlineData("12", "Int cannot represent non-integer value: \"12\"")]
    [InlineData(null, "Int cannot represent non-integer value: null")]
    [InlineData(2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData(-2147483649L, "Int cannot represent non 32-bit signed integer value: -2147483649")]
    public void Int_ParseValue_Rejects(object? value, string message) => Assert.Equal(message, Error(() => BuiltInTypes.Int.ParseValue(value)));

    [Fact]
    public void Int_ParseLiteral_Reads_Int_Literals() => Assert.Equal(-42, BuiltInTypes.Int.ParseLiteral(Literal("-42")));

    [Theory]
    [InlineData("1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("\"s\"", "Int cannot represent non-integer value: \"s\"")]
    [InlineData("true", "Int cannot represent non-integer value: true")]
    [InlineData("ENUM", "Int cannot represent non-integer value: ENUM")]
    [InlineData("[1]", "Int cannot represent non-integer value: [1]")]
    [InlineData("{a: 1}", "Int cannot represent non-integer value: { a: 1 }")]
    [InlineData("null", "Int cannot represent non-integer value: null")]
    [InlineData("2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("99999999999999999999999", "Int cannot represent non 32-bit signed integer value: 99999999999999999999999")]
    public void Int_ParseLiteral_Rejects(string literal, string message)
        => Assert.Equal(message, Error(() => BuiltInTypes.Int.ParseLiteral(Literal(literal))));

    [Fact]
    public void Int_ParseLiteral_Error_Carries_Location()
    {
        var ex = Assert.Throws<GraphQLException>(() => BuiltInTypes.Int.ParseLiteral(Literal("\"s\"")));
        Assert.NotNull(ex.Errors[0].Locations);
    }

    [Fact]
    public void Int_ParseLiteral_Substitutes_Variables()
    {
        var vars = new Dictionary<string, object?> { ["v"] = 7L };
        Assert.Equal(7, BuiltInTypes.Int.ParseLiteral(Literal("$v"), vars));
    }

    [Fact]
    public void Int_ValueToLiteral_Only_For_32_Bit_Integers()
    {
        Assert.Equal("5", Assert.IsType<IntValueNode>(BuiltInTypes.Int.ValueToLiteral(5L)).Value);
        Assert.Null(BuiltInTypes.Int.ValueToLiteral(2147483648L));
        Assert.Null(BuiltInTypes.Int.ValueToLiteral(1.5));
        Assert.Null(BuiltInTypes.Int.ValueToLiteral("1"));
    }

    // ---- Float ----
    [Theory]
    [InlineData(1, 1d)]
    [InlineData(1.5, 1.5)]
    [InlineData(true, 1d)]
    [InlineData(false, 0d)]
    [InlineData("12", 12d)]
    [InlineData("1e3", 1000d)]
    [InlineData(2147483648L, 2147483648d)]
    public void Float_Serialize_Accepts(object value, double expected) => Assert.Equal(expected, BuiltInTypes.Float.Serialize(value));

    [Theory]
    [InlineData("", "Float cannot represent non numeric value: \"\"")]
    [InlineData("x", "Float cannot represent non numeric value: \"x\"")]
    [InlineData(double.NaN, "Float cannot represent non numeric value: NaN")]
    [InlineData(double.NegativeInfinity, "Float cannot represent non numeric value: -Infinity")]
    [InlineData(null, "Float cannot represent non numeric value: null")]
    public void Float_Serialize_Rejects(object? value, string message) => Assert.Equal(message, Error(() => BuiltInTypes.Float.Serialize(value)));

    [Theory]
    [InlineData(true, "Float cannot represent non numeric value: true")]
    [InlineData("12", "Float cannot represent non numeric value: \"12\"")]
    [InlineData(null, "Float cannot represent non numeric value: null")]
    public void Float_ParseValue_Rejects(object? value, string message) => Assert.Equal(message, Error(() => BuiltInTypes.Float.ParseValue(value)));

    [Fact]
    public void Float_ParseValue_Accepts_Longs_And_Doubles()
    {
        Assert.Equal(2147483648d, BuiltInTypes.Float.ParseValue(2147483648L));
        Assert.Equal(1.25, BuiltInTypes.Float.ParseValue(1.25));
    }

    [Fact]
    public void Float_ParseLiteral_Accepts_Int_And_Float_Literals()
    {
        Assert.Equal(1d, BuiltInTypes.Float.ParseLiteral(Literal("1")));
        Assert.Equal(1.5e3, BuiltInTypes.Float.ParseLiteral(Literal("1.5e3")));
        Assert.Equal("Float cannot represent non numeric value: \"1\"", Error(() => BuiltInTypes.Float.ParseLiteral(Literal("\"1\""))));
    }

    [Fact]
    public void Float_ValueToLiteral_Chooses_Int_Or_Float()
    {
        Assert.IsType<IntValueNode>(BuiltInTypes.Float.ValueToLiteral(2.0));
        Assert.Equal("1.5", Assert.IsType<FloatValueNode>(BuiltInTypes.Float.ValueToLiteral(1.5)).Value);
        Assert.Equal("1e+21", Assert.IsType<FloatValueNode>(BuiltInTypes.Float.ValueToLiteral(1e21)).Value);
        Assert.Null(BuiltInTypes.Float.ValueToLiteral("1.5"));
    }

    // ---- String ----
    [Theory]
    [InlineData("s", "s")]
    [InlineData(true, "true")]
    [InlineData(false, "false")]
    [InlineData(1, "1")]
    [InlineData(1.5, "1.5")]
    [InlineData(1e21, "1e+21")]
    [InlineData(-0.000001, "-0.000001")]
    public void String_Serialize_Accepts(object value, string expected) => Assert.Equal(expected, BuiltInTypes.String.Serialize(value));

    [Theory]
    [InlineData(double.NaN, "String cannot represent value: NaN")]
    [InlineData(null, "String cannot represent value: null")]
    public void String_Serialize_Rejects(object? value, string message) => Assert.Equal(message, Error(() => BuiltInTypes.String.Serialize(value)));

    [Theory]
    [InlineData(true, "String cannot represent a non string value: true")]
    [InlineData(1L, "String cannot represent a non string value: 1")]
    [InlineData(1.5, "String cannot represent a non string value: 1.5")]
    [InlineData(null, "String cannot represent a non string value: null")]
    public void String_ParseValue_Rejects(object? value, string message) => Assert.Equal(message, Error(() => BuiltInTypes.String.ParseValue(value)));

    [Fact]
    public void String_ParseLiteral_Accepts_Strings_And_Block_Strings()
    {
        Assert.Equal("s", BuiltInTypes.String.ParseLiteral(Literal("\"s\"")));
        Assert.Equal("block", BuiltInTypes.String.ParseLiteral(Literal("\"\"\"block\"\"\"")));
        Assert.Equal("String cannot represent a non string value: 1", Error(() => BuiltInTypes.String.ParseLiteral(Literal("1"))));
        Assert.Equal("String cannot represent a non string value: ENUM", Error(() => BuiltInTypes.String.ParseLiteral(Literal("ENUM"))));
    }

    // ---- Boolean ----
    [Theory]
    [InlineData(true, true)]
    [InlineData(0, false)]
    [InlineData(2L, true)]
    [InlineData(0.5, true)]
    public void Boolean_Serialize_Accepts(object value, bool expected) => Assert.Equal(expected, BuiltInTypes.Boolean.Serialize(value));

    [Theory]
    [InlineData("true", "Boolean cannot represent a non boolean value: \"true\"")]
    [InlineData(double.NaN, "Boolean cannot represent a non boolean value: NaN")]
    [InlineData(null, "Boolean cannot represent a non boolean value: null")]
    public void Boolean_Serialize_Rejects(object? value, string message) => Assert.Equal(message, Error(() => BuiltInTypes.Boolean.Serialize(value)));

    [Theory]
    [InlineData(1L, "Boolean cannot represent a non boolean value: 1")]
    [InlineData("true", "Boolean cannot represent a non boolean value: \"true\"")]
    public void Boolean_ParseValue_Rejects(object? value, string message) => Assert.Equal(message, Error(() => BuiltInTypes.Boolean.ParseValue(value)));

    [Fact]
    public void Boolean_ParseLiteral()
    {
        Assert.Equal(false, BuiltInTypes.Boolean.ParseLiteral(Literal("false")));
        Assert.Equal("Boolean cannot represent a non boolean value: 1", Error(() => BuiltInTypes.Boolean.ParseLiteral(Literal("1"))));
    }

    // ---- ID ----
    [Theory]
    [InlineData("abc", "abc")]
    [InlineData(1, "1")]
    [InlineData(12L, "12")]
    [InlineData(2147483648d, "2147483648")]
    public void ID_Serialize_Accepts(object value, string expected) => Assert.Equal(expected, BuiltInTypes.ID.Serialize(value));

    [Theory]
    [InlineData(1.5, "ID cannot represent value: 1.5")]
    [InlineData(true, "ID cannot represent value: true")]
    [InlineData(null, "ID cannot represent value: null")]
    public void ID_Serialize_Rejects(object? value, string message) => Assert.Equal(message, Error(() => BuiltInTypes.ID.Serialize(value)));

    [Fact]
    public void ID_ParseValue_Accepts_Strings_And_Integers()
    {
        Assert.Equal("x", BuiltInTypes.ID.ParseValue("x"));
        Assert.Equal("2147483648", BuiltInTypes.ID.ParseValue(2147483648L));
        Assert.Equal("ID cannot represent value: 1.5", Error(() => BuiltInTypes.ID.ParseValue(1.5)));
        Assert.Equal("ID cannot represent value: [1]", Error(() => BuiltInTypes.ID.ParseValue(new List<object?> { 1L })));
    }

    [Theory]
    [InlineData("1.5", "ID cannot represent a non-string and non-integer value: 1.5")]
    [InlineData("true", "ID cannot represent a non-string and non-integer value: true")]
    [InlineData("null", "ID cannot represent a non-string and non-integer value: null")]
    [InlineData("{a: 1}", "ID cannot represent a non-string and non-integer value: { a: 1 }")]
    public void ID_ParseLiteral_Rejects(string literal, string message)
        => Assert.Equal(message, Error(() => BuiltInTypes.ID.ParseLiteral(Literal(literal))));

    [Fact]
    public void ID_ParseLiteral_Keeps_Int_Text()
    {
        Assert.Equal("007", BuiltInTypes.ID.ParseLiteral(new IntValueNode("007")));
        Assert.Equal("s", BuiltInTypes.ID.ParseLiteral(Literal("\"s\"")));
    }

    [Fact]
    public void ID_ValueToLiteral_Uses_Int_For_Integer_Strings()
    {
        Assert.IsType<IntValueNode>(BuiltInTypes.ID.ValueToLiteral("42"));
        Assert.IsType<StringValueNode>(BuiltInTypes.ID.ValueToLiteral("042"));
        Assert.IsType<StringValueNode>(BuiltInTypes.ID.ValueToLiteral("abc"));
        Assert.IsType<IntValueNode>(BuiltInTypes.ID.ValueToLiteral(7L));
        Assert.Null(BuiltInTypes.ID.ValueToLiteral(1.5));
    }

    // ---- Descriptions and directives ----
    [Fact]
    public void Specified_Scalars_Carry_GraphQLJs_Descriptions()
    {
        Assert.Equal("The `Boolean` scalar type represents `true` or `false`.", BuiltInTypes.Boolean.Description);
        Assert.StartsWith("The `Int` scalar type represents non-fractional signed whole numeric values.", BuiltInTypes.Int.Description);
        Assert.Equal(["String", "Int", "Float", "Boolean", "ID"], BuiltInTypes.Scalars.Select(s => s.Name));
    }

    [Fact]
    public void Specified_Directives_Match_GraphQLJs()
    {
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf"], BuiltInTypes.SpecifiedDirectives.Select(d => d.Name));
        var deprecated = BuiltInTypes.Deprecated;
        Assert.Equal("Marks an element of a GraphQL schema as no longer supported.", deprecated.Description);
        var reason = Assert.Single(deprecated.Arguments);
        Assert.Equal("String!", reason.Type.ToString());
        Assert.Equal("No longer supported", Assert.IsType<StringValueNode>(reason.DefaultValue).Value);
        Assert.Equal("Included when true.", BuiltInTypes.Include.Arguments["if"]!.Description);
        Assert.Equal([DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment], BuiltInTypes.Skip.Locations);
        Assert.Empty(BuiltInTypes.OneOf.Arguments);
    }

    // ---- Custom scalars declared in SDL ----
    [Fact]
    public void Sdl_Scalar_Passes_Values_Through()
    {
        var scalar = new SdlScalarType("JSON");
        var value = new Dictionary<string, object?> { ["a"] = 1L };
        Assert.Same(value, scalar.Serialize(value));
        Assert.Same(value, scalar.ParseValue(value));
    }

    [Fact]
    public void Sdl_Scalar_Parses_Literals_Untyped_With_Variables()
    {
        var scalar = new SdlScalarType("JSON");
        var parsed = scalar.ParseLiteral(Literal("{a: 1, b: [1.5, \"s\", true, null, ENUM, $v]}"), new Dictionary<string, object?> { ["v"] = "var" });
        var map = Assert.IsType<Dictionary<string, object?>>(parsed);
        Assert.Equal(1L, map["a"]);
        Assert.Equal(new List<object?> { 1.5, "s", true, null, "ENUM", "var" }, Assert.IsType<List<object?>>(map["b"]));
    }
}
