using System.Text;

namespace Federation.GraphQL.Language.Tests;

public class LexerTests
{
    private static List<(TokenKind Kind, string Text, int Line, int Column)> Lex(string source)
    {
        var bytes = Encoding.UTF8.GetBytes(source);
        var lexer = new Utf8GraphQLLexer(bytes);
        var tokens = new List<(TokenKind, string, int, int)>();
        while (lexer.Read())
        {
            var text = lexer.Kind is TokenKind.String or TokenKind.BlockString
                ? lexer.GetStringValue()
                : Encoding.UTF8.GetString(lexer.Raw);
            tokens.Add((lexer.Kind, text, lexer.Line, lexer.Column));
        }

        Assert.Equal(TokenKind.EndOfFile, lexer.Kind);
        Assert.Equal(bytes.Length, lexer.Start);
        return tokens;
    }

    [Fact]
    public void Read_Recognises_Every_Punctuator()
    {
        var kinds = Lex("! $ & ( ) ... : = @ [ ] { | }").Select(t => t.Kind);
        Assert.Equal(
            [TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenL, TokenKind.ParenR, TokenKind.Spread,
             TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketL, TokenKind.BracketR, TokenKind.BraceL,
             TokenKind.Pipe, TokenKind.BraceR],
            kinds);
    }

    [Fact]
    public void Read_Recognises_Names_And_Numbers()
    {
        Assert.Equal(
            [(TokenKind.Name, "_a1", 1, 1), (TokenKind.Name, "Z_9", 1, 5), (TokenKind.Int, "0", 1, 9),
             (TokenKind.Int, "-12", 1, 11), (TokenKind.Float, "1.5", 1, 15), (TokenKind.Float, "-0.5e+10", 1, 19),
             (TokenKind.Float, "2E3", 1, 28)],
            Lex("_a1 Z_9 0 -12 1.5 -0.5e+10 2E3"));
    }

    [Fact]
    public void Read_Skips_Ignored_Tokens_And_Counts_Lines()
    {
        // BOM, commas, tabs, comments, and LF, CR and CRLF line terminators.
        Assert.Equal(
            [(TokenKind.Name, "a", 1, 2), (TokenKind.Name, "b", 2, 2), (TokenKind.Name, "c", 4, 1), (TokenKind.Name, "d", 5, 3)],
            Lex("\ufeffa,\n\tb # comment é\r\rc\r\n, d"));
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\"\"", "")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\\/\\\\\"", "escaped \n\r\b\t\f/\\")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"variable \\u{1F600} \\u{0041} \\u{00000041}\"", "variable 😀 A A")]
    [InlineData("\"pair \\uD83D\\uDE00\"", "pair 😀")]
    [InlineData("\"raw é😀\"", "raw é😀")]
    [InlineData("\"\\u0000 control\"", "\0 control")]
    public void GetStringValue_Resolves_Escapes(string source, string expected)
        => Assert.Equal((TokenKind.String, expected), Lex(source).Select(t => (t.Kind, t.Text)).Single());

    [Theory]
    [InlineData("\"\"\"\n\n   a\n     b\n\n   \"\"\"", "a\n  b")]
    [InlineData("\"\"\"  x\n  y\"\"\"", "  x\ny")]
    [InlineData("\"\"\"\r\n  a\r\n  b\r\n\"\"\"", "a\nb")]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"a\\\"\"\"b\"\"\"", "a\"\"\"b")]
    [InlineData("\"\"\"   \n\t\n\"\"\"", "")]
    [InlineData("\"\"\"\n  a\n \n  b\"\"\"", "a\n\nb")]
    [InlineData("\"\"\"\\n is not an escape\"\"\"", "\\n is not an escape")]
    [InlineData("\"\"\"\n\té\n\t  😀\"\"\"", "é\n  😀")]
    public void GetStringValue_Applies_BlockStringValue(string source, string expected)
        => Assert.Equal((TokenKind.BlockString, expected), Lex(source).Select(t => (t.Kind, t.Text)).Single());

    [Fact]
    public void Read_Counts_Lines_Inside_Block_Strings()
        => Assert.Equal((TokenKind.Name, "after", 4, 5), Lex("\"\"\"\r\n  a\r\n  b\n\"\"\" after")[1]);

    [Fact]
    public void Read_Counts_Columns_In_Utf16_Units_After_Non_Ascii()
        => Assert.Equal((TokenKind.Name, "x", 1, 7), Lex("\"é😀\" x")[1]);

    [Fact]
    public void Read_Rejects_Invalid_Utf8_In_String()
    {
        var bytes = new byte[] { (byte)'"', 0xC3, (byte)'"' };
        var error = Assert.Throws<GraphQLSyntaxException>(() =>
        {
            var lexer = new Utf8GraphQLLexer(bytes);
            lexer.Read();
        });
        Assert.Equal("Syntax Error: Invalid character within String: U+FFFD.", error.Message);
        Assert.Equal(1, error.Position);
    }

    [Fact]
    public void Read_Rejects_Invalid_Utf8_Outside_Strings()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(new byte[] { (byte)'{', 0xFF, (byte)'}' }));
        Assert.Equal("Syntax Error: Invalid character: U+FFFD.", error.Message);
        Assert.Equal((1, 2), (error.Line, error.Column));
    }

    [Fact]
    public void Read_Ends_Comment_At_Invalid_Utf8()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(new byte[] { (byte)'#', (byte)'a', 0xC0, 0x80 }));
        Assert.Equal("Syntax Error: Invalid character: U+FFFD.", error.Message);
    }

    [Fact]
    public void Read_Rejects_Surrogate_Encoded_As_Utf8()
    {
        // CESU-style encoding of U+D800 is not a Unicode scalar value.
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(new byte[] { (byte)'"', 0xED, 0xA0, 0x80, (byte)'"' }));
        Assert.StartsWith("Syntax Error: Invalid character within String", error.Message, StringComparison.Ordinal);
    }
}
