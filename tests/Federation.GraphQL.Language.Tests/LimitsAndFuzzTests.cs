using System.Text;

namespace Federation.GraphQL.Language.Tests;

/// <summary>Hostile input: limits give a syntax error, and nothing but <see cref="GraphQLSyntaxException"/> ever escapes.</summary>
public class LimitsAndFuzzTests
{
    [Fact]
    public void Parse_Rejects_More_Tokens_Than_MaxTokens()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a b c d e }", new ParserOptions { MaxTokens = 4 }));
        Assert.Equal("Syntax Error: Document contains more than 4 tokens. Parsing aborted.", error.Message);
        Assert.Equal((1, 9), (error.Line, error.Column));
    }

    [Fact]
    public void Parse_Accepts_Exactly_MaxTokens()
        => Assert.NotNull(Parser.Parse("{ a b c }", new ParserOptions { MaxTokens = 5 }));

    [Fact]
    public void Parse_Rejects_Default_Token_Limit_Overflow()
    {
        var source = "{" + string.Concat(Enumerable.Repeat(" a", 15_000)) + " }";
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));
        Assert.Equal("Syntax Error: Document contains more than 15000 tokens. Parsing aborted.", error.Message);
    }

    [Theory]
    [InlineData("[")]
    [InlineData("{a:")]
    public void Parse_Rejects_Deep_Values_Without_Stack_Overflow(string open)
    {
        var source = "{ a(x: " + string.Concat(Enumerable.Repeat(open, 100_000)) + ")}";
        var options = new ParserOptions { MaxTokens = int.MaxValue };
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, options));
        Assert.Equal("Syntax Error: Document nesting exceeds the maximum depth of 128. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Parse_Reports_Exhausted_Stack_As_Syntax_Error_Even_Without_Depth_Limit()
    {
        var source = "{ a(x: " + new string('[', 1_000_000) + ")}";
        Exception? caught = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    Parser.Parse(source, new ParserOptions { MaxDepth = int.MaxValue, MaxTokens = int.MaxValue, MaxDocumentBytes = int.MaxValue });
                }
                catch (Exception e)
                {
                    caught = e;
                }
            },
            256 * 1024);
        thread.Start();
        thread.Join();
        var error = Assert.IsType<GraphQLSyntaxException>(caught);
        Assert.Equal("Syntax Error: Document is nested too deeply for the available stack. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Parse_Rejects_Many_Open_Braces()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(new string('{', 100_000)));
        Assert.Equal("Syntax Error: Expected Name, found \"{\".", error.Message);
    }

    [Fact]
    public void TrustedSource_Has_No_Token_Or_Size_Limit()
    {
        var source = "type Query {" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $" f{i}: Int")) + " }";
        var document = Parser.Parse(source, ParserOptions.TrustedSource);
        Assert.Equal(20_000, ((ObjectTypeDefinitionNode)document.Definitions[0]).Fields.Count);
    }

    [Fact]
    public void Parse_Rejects_Deep_Selection_Sets()
    {
        var source = string.Concat(Enumerable.Repeat("{ a ", 100_000));
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, new ParserOptions { MaxTokens = int.MaxValue }));
        Assert.Contains("maximum depth of 128", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void ParseType_Rejects_Deep_List_Types()
    {
        var source = new string('[', 100_000) + "Int" + new string(']', 100_000);
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType(source, new ParserOptions { MaxTokens = int.MaxValue }));
        Assert.Contains("maximum depth", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Accepts_Nesting_Up_To_MaxDepth()
    {
        var depth = 10;
        var source = string.Concat(Enumerable.Repeat("{ a ", depth)) + new string('}', depth);
        Assert.NotNull(Parser.Parse(source, new ParserOptions { MaxDepth = depth }));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, new ParserOptions { MaxDepth = depth - 1 }));
    }

    [Fact]
    public void Parse_Rejects_Document_Larger_Than_MaxDocumentBytes()
    {
        var options = new ParserOptions { MaxDocumentBytes = 10 };
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ field\n  other }", options));
        Assert.Equal("Syntax Error: Document contains more than 10 bytes. Parsing aborted.", error.Message);
        Assert.Equal((2, 3), (error.Line, error.Column));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(Encoding.UTF8.GetBytes("{ é é é é é }"), options));
    }

    [Fact]
    public void Parse_Handles_A_Megabyte_Document()
    {
        var builder = new StringBuilder("{\n");
        var i = 0;
        while (builder.Length < 1_000_000)
        {
            builder.Append("  field").Append(i++).Append("(arg: \"value\", other: [1, 2.5, ENUM]) { id name }\n");
        }

        builder.Append('}');
        var options = new ParserOptions { MaxTokens = int.MaxValue, MaxDocumentBytes = 2_000_000 };
        var document = Parser.Parse(builder.ToString(), options);
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal(i, operation.SelectionSet.Selections.Count);
    }

    [Fact]
    public void Parse_Handles_A_Megabyte_Single_Line_With_Non_Ascii_Strings()
    {
        var builder = new StringBuilder("{ ");
        var i = 0;
        while (builder.Length < 1_000_000)
        {
            builder.Append("f").Append(i++).Append("(s: \"héllo wörld 😀\") ");
        }

        builder.Append("%");
        var options = new ParserOptions { MaxTokens = int.MaxValue, MaxDocumentBytes = 4_000_000 };
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(builder.ToString(), options));
        // Columns count UTF-16 units, like graphql-js.
        Assert.Equal(builder.Length, error.Column);
    }

    private static readonly string[] Seeds =
    [
        TestData.KitchenSinkQuery, TestData.KitchenSinkSchema,
        "{ a(x: \"\\u{1F600}\\uD83D\\uDE00\") }", "query Q($a: [Int!]! = [1]) @d { ...F ... on T { b } }",
        "\"\"\"block \\\"\"\" \"\"\" type A { f: Int }", "extend schema @a { query: Q }",
    ];

    [Fact]
    public void Parse_Throws_Only_Syntax_Errors_On_Mutated_Input()
    {
        var random = new Random(20250901);
        var alphabet = "{}[]()!$&|:=@.\"\\#,\n\r\t -0123456789eE.aZ_onfragmentquery\u00e9\ufeff"u8.ToArray();
        var options = new ParserOptions { MaxTokens = 2_000 };
        for (var round = 0; round < 4_000; round++)
        {
            var seed = Encoding.UTF8.GetBytes(Seeds[random.Next(Seeds.Length)]);
            var bytes = new List<byte>(seed);
            var mutations = random.Next(1, 8);
            for (var m = 0; m < mutations && bytes.Count > 0; m++)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(5))
                {
                    case 0: bytes.RemoveAt(at); break;
                    case 1: bytes.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    case 2: bytes[at] = (byte)random.Next(256); break;
                    case 3: bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 20))); break;
                    default:
                        var from = random.Next(bytes.Count);
                        bytes.InsertRange(at, bytes.GetRange(from, Math.Min(10, bytes.Count - from)));
                        break;
                }
            }

            AssertOnlySyntaxErrors(bytes.ToArray(), options);
        }
    }

    [Fact]
    public void Parse_Throws_Only_Syntax_Errors_On_Random_Bytes()
    {
        var random = new Random(42);
        for (var round = 0; round < 3_000; round++)
        {
            var bytes = new byte[random.Next(0, 200)];
            random.NextBytes(bytes);
            if (round % 2 == 0)
            {
                // Mostly punctuators and names so that the parser, not only the lexer, is exercised.
                const string tokens = "{}[]()!$&|:=@... a b on query fragment type 1 2.5 \"s\" true null ";
                for (var i = 0; i < bytes.Length; i++) bytes[i] = (byte)tokens[bytes[i] % tokens.Length];
            }

            AssertOnlySyntaxErrors(bytes, ParserOptions.Default);
        }
    }

    private static void AssertOnlySyntaxErrors(byte[] bytes, ParserOptions options)
    {
        try
        {
            var document = Parser.Parse(bytes, options);
            // Whatever parses must print and parse again.
            Parser.Parse(Printer.Print(document), new ParserOptions { MaxTokens = int.MaxValue });
        }
        catch (GraphQLSyntaxException error)
        {
            Assert.StartsWith("Syntax Error: ", error.Message, StringComparison.Ordinal);
            Assert.InRange(error.Position, 0, bytes.Length);
            Assert.True(error.Line >= 1 && error.Column >= 1, $"bad location {error.Line}:{error.Column}");
        }

        foreach (var goal in new Func<string, object>[] { s => Parser.ParseValue(s), s => Parser.ParseType(s), s => Parser.ParseConstValue(s) })
        {
            try
            {
                goal(Encoding.UTF8.GetString(bytes));
            }
            catch (GraphQLSyntaxException)
            {
            }
        }
    }
}
