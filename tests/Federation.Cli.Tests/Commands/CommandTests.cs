using System.Text.Json;
using Snapshooter.Xunit;

namespace Federation.Cli.Tests.Commands;

public sealed class CommandTests
{
    [Fact]
    public async Task Exec_Runs_A_Query_Against_The_Embedded_Sample()
    {
        var (exit, output, error) = await CliRun.RunAsync("", "exec", "{ projects { name tasks { title status } } }");
        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Snapshot.Match(output);
    }

    [Fact]
    public async Task Exec_Resolves_Interfaces_And_Unions_Of_The_Sample()
    {
        var (exit, output, _) = await CliRun.RunAsync("", "exec",
            "query Find($text: String!) { search(text: $text) { __typename ... on Entity { id } ... on Task { title } } }",
            "--variables", "{\"text\": \"a\"}");
        Assert.Equal(0, exit);
        Snapshot.Match(output);
    }

    [Fact]
    public async Task Exec_Uses_Given_Schema_And_Root_Files()
    {
        var schema = CliRun.TempFile("type Query { greeting(name: String = \"you\"): String n: Int }");
        var root = CliRun.TempFile("{\"greeting\": \"hello\", \"n\": 3}", ".json");
        var (exit, output, _) = await CliRun.RunAsync("", "exec", "--schema", schema, "--root", root, "{ greeting n }");
        Assert.Equal(0, exit);
        Assert.Equal("{\n  \"data\": {\n    \"greeting\": \"hello\",\n    \"n\": 3\n  }\n}\n", output);
    }

    [Fact]
    public async Task Exec_Request_Error_Exits_With_1()
    {
        var (exit, output, _) = await CliRun.RunAsync("", "exec", "{ nope }");
        Assert.Equal(1, exit);
        var message = JsonDocument.Parse(output).RootElement.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", message);
    }

    [Fact]
    public async Task Exec_Batch_Reads_Standard_Input()
    {
        var (exit, output, _) = await CliRun.RunAsync("{\"id\":\"x\",\"print\":\"{a}\"}\n", "exec", "--batch");
        Assert.Equal(0, exit);
        Assert.Equal("{\"id\":\"x\",\"printed\":\"{\\n  a\\n}\"}\n", output);
    }

    [Fact]
    public async Task Print_Prints_A_Document_From_Standard_Input()
    {
        var (exit, output, _) = await CliRun.RunAsync("query Q($a:Int){f(a:$a){g}}", "print", "-");
        Assert.Equal(0, exit);
        Assert.Equal("query Q($a: Int) {\n  f(a: $a) {\n    g\n  }\n}\n", output);
    }

    [Fact]
    public async Task Print_Reports_Syntax_Error_With_Line_And_Column()
    {
        var file = CliRun.TempFile("{\n  a(\n}");
        var (exit, _, error) = await CliRun.RunAsync("", "print", file);
        Assert.Equal(1, exit);
        Assert.StartsWith($"{file}:3:1: Syntax Error:", error);
    }

    [Fact]
    public async Task Print_Schema_Prints_Through_The_Schema_Printer()
    {
        var file = CliRun.TempFile("type Query { b: Int a: String }");
        var (exit, output, _) = await CliRun.RunAsync("", "print", "--schema", file);
        Assert.Equal(0, exit);
        Assert.Equal("type Query {\n  b: Int\n  a: String\n}\n", output);
    }

    [Fact]
    public async Task Validate_Reports_Schema_Errors_And_Exits_With_1()
    {
        var schema = CliRun.TempFile("type Query { a: Missing }");
        var (exit, output, _) = await CliRun.RunAsync("", "validate", "--schema", schema);
        Assert.Equal(1, exit);
        Assert.Contains($"{schema}:1:17: Unknown type \"Missing\".", output);
    }

    [Fact]
    public async Task Validate_Reports_Document_Errors_With_Line_And_Column()
    {
        var schema = CliRun.TempFile("type Query { a: Int }");
        var query = CliRun.TempFile("{\n  a\n  zzz\n}");
        var (exit, output, _) = await CliRun.RunAsync("", "validate", "--schema", schema, query);
        Assert.Equal(1, exit);
        Assert.Equal($"{query}:3:3: Cannot query field \"zzz\" on type \"Query\".\n1 document error(s).\n", output);
    }

    [Fact]
    public async Task Validate_Accepts_A_Valid_Document()
    {
        var schema = CliRun.TempFile("type Query { a: Int }");
        var query = CliRun.TempFile("{ a }");
        var (exit, output, _) = await CliRun.RunAsync("", "validate", "--schema", schema, query);
        Assert.Equal(0, exit);
        Assert.Equal($"{query}: valid document.\n", output);
    }

    [Fact]
    public async Task Introspect_Writes_The_Schema_As_Introspection_Json()
    {
        var (exit, output, _) = await CliRun.RunAsync("", "introspect");
        Assert.Equal(0, exit);
        var schema = JsonDocument.Parse(output).RootElement.GetProperty("__schema");
        Assert.Equal("Query", schema.GetProperty("queryType").GetProperty("name").GetString());
        Assert.Contains(schema.GetProperty("types").EnumerateArray(), t => t.GetProperty("name").GetString() == "SearchResult"
            && t.GetProperty("kind").GetString() == "UNION");
    }

    [Fact]
    public async Task Unknown_Command_Prints_Usage_And_Exits_With_2()
    {
        var (exit, _, error) = await CliRun.RunAsync("", "frobnicate");
        Assert.Equal(2, exit);
        Assert.Contains("usage: fed", error);
    }

    [Fact]
    public async Task Unknown_Option_Is_Rejected()
    {
        var (exit, _, error) = await CliRun.RunAsync("", "exec", "--nope", "{ a }");
        Assert.Equal(2, exit);
        Assert.Contains("unknown option --nope", error);
    }
}
