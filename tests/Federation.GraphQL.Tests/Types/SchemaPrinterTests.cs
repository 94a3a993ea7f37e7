using System.Runtime.CompilerServices;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Tests.Types;

/// <summary>
/// printSchema parity: each <c>__snapshots__/printer/NAME.input.graphql</c> is built and printed; the expected text in
/// <c>NAME.expected.graphql</c> was produced by graphql-js 17.1.0 (regenerate with <c>node gen.js</c> in that folder).
/// </summary>
public class SchemaPrinterTests
{
    private static string SnapshotDirectory([CallerFilePath] string file = "")
        => Path.Combine(Path.GetDirectoryName(file)!, "__snapshots__", "printer");

    [Theory]
    [InlineData("simple")]
    [InlineData("descriptions")]
    [InlineData("custom_roots")]
    [InlineData("deprecated")]
    [InlineData("kitchen")]
    [InlineData("long_defaults")]
    [InlineData("only_mutation")]
    public void Print_Matches_GraphQLJs_PrintSchema(string name)
    {
        var dir = SnapshotDirectory();
        var sdl = File.ReadAllText(Path.Combine(dir, name + ".input.graphql"));
        var expected = File.ReadAllText(Path.Combine(dir, name + ".expected.graphql"));
        var schema = SchemaBuilder.FromSdl(sdl, new SchemaBuildOptions { AssumeValid = true });
        Assert.Equal(expected, SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Print_Omits_Schema_Definition_For_Default_Root_Names()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl("type Query { a: Int } type Mutation { b: Int }"));
        Assert.Equal("type Query {\n  a: Int\n}\n\ntype Mutation {\n  b: Int\n}", printed);
    }

    [Fact]
    public void Print_Omits_Built_In_Scalars_And_Directives()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl("type Query { a(x: Boolean): String @deprecated }"));
        Assert.DoesNotContain("scalar", printed);
        Assert.DoesNotContain("directive", printed);
        Assert.Equal("type Query {\n  a(x: Boolean): String @deprecated\n}", printed);
    }

    [Fact]
    public void PrintType_Prints_Union_Without_Members()
    {
        var union = new UnionType("U");
        Assert.Equal("union U", SchemaPrinter.PrintType(union));
    }

    [Fact]
    public void PrintDirective_Prints_Repeatable_And_Locations()
    {
        var d = new DirectiveDefinition("tag", [DirectiveLocation.Object, DirectiveLocation.Interface], isRepeatable: true);
        d.Arguments.Add(new InputValue("name", new NonNullType(BuiltInTypes.String)));
        Assert.Equal("directive @tag(name: String!) repeatable on OBJECT | INTERFACE", SchemaPrinter.PrintDirective(d));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("simple", true)]
    [InlineData("\nleading newline", false)]
    [InlineData("trailing\n", false)]
    [InlineData("with\rcarriage", false)]
    [InlineData("  indented\n  both", false)]
    [InlineData("first\n  second", true)]
    public void IsPrintableAsBlockString_Matches_GraphQLJs(string value, bool expected)
        => Assert.Equal(expected, SchemaPrinter.IsPrintableAsBlockString(value));
}
