namespace Federation.GraphQL.Language.Tests;

/// <summary>Error messages and positions, checked against graphql-js 17.1.0's answers for the same input.</summary>
public class ParserErrorTests
{
    [Theory]
    [InlineData("{ a(x:\"😀\") %}", "Syntax Error: Unexpected character: \"%\".", 1, 13)]
    [InlineData("# é😀\n  %", "Syntax Error: Unexpected character: \"%\".", 2, 3)]
    [InlineData("\ufeff %", "Syntax Error: Unexpected character: \"%\".", 1, 3)]
    [InlineData("\"é\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("query { ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 15)]
    [InlineData("fragment on on X { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("extend type Foo", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("directive @a on FOO", "Syntax Error: Unexpected Name \"FOO\".", 1, 17)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("{ a(x: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{a(x:00)}", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 7)]
    [InlineData("{a(x:0x)}", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 7)]
    [InlineData("{a(x:123abc)}", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 9)]
    [InlineData("{a(x:1e)}", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 8)]
    [InlineData("{a(x:\"\\u{110000}\")}", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 7)]
    [InlineData("{a(x:\"\\uD83D\")}", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 7)]
    [InlineData("{a(x:\"\\q\")}", "Syntax Error: Invalid character escape sequence: \"\\q\".", 1, 7)]
    [InlineData("query Q($a: Int = $b) {a}", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("{ a }}", "Syntax Error: Unexpected \"}\".", 1, 6)]
    [InlineData("scalar", "Syntax Error: Expected Name, found <EOF>.", 1, 7)]
    [InlineData("{a(x:.5)}", "Syntax Error: Invalid number, expected digit before \".\", did you mean \"0.5\"?", 1, 6)]
    [InlineData("\u0007", "Syntax Error: Unexpected character: U+0007.", 1, 1)]
    [InlineData("'a'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("{ a(x: \"abc", "Syntax Error: Unterminated string.", 1, 12)]
    [InlineData("notanoperation Foo { field }", "Syntax Error: Unexpected Name \"notanoperation\".", 1, 1)]
    [InlineData("...", "Syntax Error: Unexpected \"...\".", 1, 1)]
    [InlineData("query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("extend foo", "Syntax Error: Unexpected Name \"foo\".", 1, 8)]
    [InlineData("\"d\" extend type A @a", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("{ a(x: $) }", "Syntax Error: Expected Name, found \")\".", 1, 9)]
    [InlineData("type A { f: Int = 1 }", "Syntax Error: Expected Name, found \"=\".", 1, 17)]
    [InlineData("schema {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("query Q($a: Int = [1, {b: $c}]) {a}", "Syntax Error: Unexpected variable \"$c\" in constant value.", 1, 27)]
    [InlineData("\"\"\"abc", "Syntax Error: Unterminated string.", 1, 7)]
    [InlineData("{ a(x:\"\\u{FFFFFFFFF}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFFFFFF\".", 1, 8)]
    [InlineData("{ a(x:\"\\u{}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 8)]
    [InlineData("{ a(x:\"\\uDE00\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".", 1, 8)]
    [InlineData("{ a(x:\"\\uD800\\u0041\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 8)]
    [InlineData("..", "Syntax Error: Unexpected \"..\", did you mean \"...\"?", 1, 1)]
    [InlineData(".", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("{ a(x: -) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 9)]
    [InlineData("{a(x: 1.5e+) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 12)]
    [InlineData("\"a\nb\"", "Syntax Error: Unterminated string.", 1, 3)]
    [InlineData("{a}\n\n  # c\r\n  %", "Syntax Error: Unexpected character: \"%\".", 4, 3)]
    public void Parse_Reports_Error_Like_GraphqlJs(string source, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));
        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }
}
