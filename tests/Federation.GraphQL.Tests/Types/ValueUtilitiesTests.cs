using Federation.GraphQL.Language;
using Federation.GraphQL.Types;
using Federation.GraphQL.Utilities;

namespace Federation.GraphQL.Tests.Types;

public class ValueUtilitiesTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query { a(i: In): Int }
        input In { name: String! tags: [String] color: Color id: ID }
        enum Color { RED GREEN }
        """);

    private static string Print(IValueNode? node) => node is null ? "<none>" : Printer.Print((SyntaxNode)node);

    [Fact]
    public void ValueToLiteral_Prints_Leaves_Through_Serialize()
    {
        Assert.Equal("1", Print(ValueLiterals.ValueToLiteral(1, BuiltInTypes.Int)));
        Assert.Equal("1.5", Print(ValueLiterals.ValueToLiteral(1.5, BuiltInTypes.Float)));
        Assert.Equal("\"s\"", Print(ValueLiterals.ValueToLiteral("s", BuiltInTypes.String)));
        Assert.Equal("true", Print(ValueLiterals.ValueToLiteral(true, BuiltInTypes.Boolean)));
        Assert.Equal("42", Print(ValueLiterals.ValueToLiteral("42", BuiltInTypes.ID)));
        Assert.Equal("\"abc\"", Print(ValueLiterals.ValueToLiteral("abc", BuiltInTypes.ID)));
    }

    [Fact]
    public void ValueToLiteral_Handles_Null_And_Non_Null()
    {
        Assert.Equal("null", Print(ValueLiterals.ValueToLiteral(null, BuiltInTypes.Int)));
        Assert.Null(ValueLiterals.ValueToLiteral(null, new NonNullType(BuiltInTypes.Int)));
    }

    [Fact]
    public void ValueToLiteral_Wraps_Single_Value_For_List_And_Maps_Lists()
    {
        var list = new ListType(BuiltInTypes.Int);
        Assert.Equal("[1, 2]", Print(ValueLiterals.ValueToLiteral(new[] { 1, 2 }, list)));
        Assert.Equal("3", Print(ValueLiterals.ValueToLiteral(3, list)));
    }

    [Fact]
    public void ValueToLiteral_Builds_Input_Objects_From_Dictionaries_And_Objects()
    {
        var input = Schema.GetType<InputObjectType>("In")!;
        var map = new Dictionary<string, object?> { ["tags"] = new List<object?> { "a" }, ["name"] = "n", ["color"] = "GREEN" };
        Assert.Equal("{ name: \"n\", tags: [\"a\"], color: GREEN }", Print(ValueLiterals.ValueToLiteral(map, input)));
        Assert.Equal("{ name: \"x\", id: 7 }", Print(ValueLiterals.ValueToLiteral(new { Name = "x", Id = 7 }, input)));
    }

    [Fact]
    public void ValueToLiteral_Maps_Enum_Runtime_Values_To_Names()
    {
        var color = new EnumType("Color");
        color.Values.Add(new EnumValue("RED", 1));
        Assert.Equal("RED", Print(ValueLiterals.ValueToLiteral(1, color)));
        Assert.Null(ValueLiterals.ValueToLiteral(2, color));
    }

    [Fact]
    public void DefaultScalarLiteral_Converts_Json_Shapes()
    {
        var value = new Dictionary<string, object?> { ["a"] = new List<object?> { 1L, 2.5, "s", null, false } };
        Assert.Equal("{ a: [1, 2.5, \"s\", null, false] }", Print(ValueLiterals.DefaultScalarLiteral(value)));
    }

    [Fact]
    public void ValueFromLiteralUntyped_Keeps_Big_Integers_As_Double()
        => Assert.Equal(1e20, ValueLiterals.ValueFromLiteralUntyped(new IntValueNode("100000000000000000000")));

    [Fact]
    public void TypeFromAst_Resolves_Wrapped_Types()
    {
        Assert.Equal("[In!]", TypeReferences.TypeFromAst(Schema, Parser.ParseType("[In!]"))!.ToString());
        Assert.Same(Schema.GetType("Color"), TypeReferences.TypeFromAst(Schema, Parser.ParseType("Color")));
        Assert.Null(TypeReferences.TypeFromAst(Schema, Parser.ParseType("[Unknown]")));
    }

    [Theory]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(123456789.123, "123456789.123")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e16, "10000000000000000")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(123456789012345680000d, "123456789012345680000")]
    public void Inspect_Number_Uses_JavaScript_Notation(double value, string expected)
        => Assert.Equal(expected, Inspect.Number(value));

    [Fact]
    public void Inspect_Value_Matches_GraphQLJs_Inspect()
    {
        Assert.Equal("\"a\\\"b\"", Inspect.Value("a\"b"));
        Assert.Equal("[1, \"x\", null]", Inspect.Value(new List<object?> { 1L, "x", null }));
        Assert.Equal("{}", Inspect.Value(new Dictionary<string, object?>()));
        Assert.Equal("{ a: { b: [Object] } }", Inspect.Value(new Dictionary<string, object?>
        {
            ["a"] = new Dictionary<string, object?> { ["b"] = new Dictionary<string, object?> { ["c"] = 1L } },
        }));
        Assert.Equal("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, ... 2 more items]", Inspect.Value(Enumerable.Range(0, 12).Cast<object?>().ToList()));
    }

    [Theory]
    [InlineData("Strin", new[] { "String", "Int" }, " Did you mean \"String\"?")]
    [InlineData("Inputt", new[] { "Input", "Int", "String" }, " Did you mean \"Input\" or \"Int\"?")]
    [InlineData("zzz", new[] { "String" }, "")]
    public void Suggestions_Match_GraphQLJs(string input, string[] options, string expected)
        => Assert.Equal(expected, Suggestions.DidYouMean(Suggestions.List(input, options)));
}
