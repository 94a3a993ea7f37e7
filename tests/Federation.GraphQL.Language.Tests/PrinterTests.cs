namespace Federation.GraphQL.Language.Tests;

public class PrinterTests
{
    [Theory]
    [InlineData("kitchen-sink-query.graphql", "kitchen-sink-query.printed.graphql")]
    [InlineData("kitchen-sink-schema.graphql", "kitchen-sink-schema.printed.graphql")]
    public void Print_Matches_GraphqlJs_Snapshot(string document, string snapshot)
    {
        // The snapshots are graphql-js 17.1.0's print(parse(document)).
        var printed = Printer.Print(Parser.Parse(TestData.Embedded(document)));
        Assert.Equal(TestData.Snapshot(snapshot), printed);
    }

    [Theory]
    [InlineData("kitchen-sink-query.graphql")]
    [InlineData("kitchen-sink-schema.graphql")]
    public void Print_Is_Stable_Under_Reparse(string document)
    {
        var printed = Printer.Print(Parser.Parse(TestData.Embedded(document)));
        Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
    }

    [Theory]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("query Q { a }", "query Q {\n  a\n}")]
    [InlineData("query ($a: Int) { a }", "query ($a: Int) {\n  a\n}")]
    [InlineData("query ($a: Int, \"d\" $b: Int) { a }", "query (\n$a: Int\n\"d\"\n$b: Int\n) {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    [InlineData("{ a(x: {}) b(y: []) }", "{\n  a(x: {  })\n  b(y: [])\n}")]
    [InlineData("type A {\n  \"\"\"\n  a\n\n  b\n  \"\"\"\n  f: Int\n}", "type A {\n  \"\"\"\n  a\n  \n  b\n  \"\"\"\n  f: Int\n}")]
    [InlineData("extend schema @a", "extend schema @a")]
    [InlineData("directive @a(x: Int = 1) repeatable on FIELD | QUERY", "directive @a(x: Int = 1) repeatable on FIELD | QUERY")]
    public void Print_Lays_Out_Like_GraphqlJs(string source, string expected)
        => Assert.Equal(expected, Printer.Print(Parser.Parse(source)));

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("abc", "\"\"\"abc\"\"\"")]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"")]
    [InlineData("trailing quote\"", "\"\"\"\ntrailing quote\"\n\"\"\"")]
    [InlineData("trailing slash\\", "\"\"\"\ntrailing slash\\\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("first\n  indented", "\"\"\"\nfirst\n  indented\n\"\"\"")]
    public void PrintBlockString_Follows_GraphqlJs(string value, string expected)
        => Assert.Equal(expected, Printer.PrintBlockString(value));

    [Fact]
    public void PrintString_Escapes_Control_Characters()
        => Assert.Equal("\"a\\\"b\\\\c\\n\\u0001\\u007F\\u009Fé\"", Printer.PrintString("a\"b\\c\n\u0001\u007f\u009fé"));

    [Fact]
    public void ToString_Prints_The_Node()
        => Assert.Equal("[Int!]!", Parser.ParseType("[ Int ! ] !").ToString());
}
