namespace Federation.Cli.Tests.Commands;

public class ComposeCommandTests
{
    private const string Link = "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\"])\n";

    [Fact]
    public async Task Composes_Name_File_Arguments_Into_A_Supergraph()
    {
        var a = CliRun.TempFile(Link + "type Query { t: T } type T @key(fields: \"id\") { id: ID! }");
        var b = CliRun.TempFile(Link + "type T @key(fields: \"id\") { id: ID! n: Int }");
        var (exit, output, _) = await CliRun.RunAsync("", "compose", $"a={a}=http://a:4001/graphql", $"b={b}");
        Assert.Equal(0, exit);
        Assert.Contains("A @join__graph(name: \"a\", url: \"http://a:4001/graphql\")", output);
        Assert.Contains("n: Int @join__field(graph: B)", output);
    }

    [Fact]
    public async Task Errors_Are_Printed_As_Subgraph_Line_Column_Code_And_Exit_1()
    {
        var a = CliRun.TempFile(Link + "type Query {\n  a: Int\n}");
        var b = CliRun.TempFile(Link + "type Query {\n  a: Int\n}");
        var (exit, output, _) = await CliRun.RunAsync("", "compose", $"a={a}", $"b={b}");
        Assert.Equal(1, exit);
        Assert.StartsWith("a:3:3: INVALID_FIELD_SHARING Non-shareable field \"Query.a\"", output);
    }

    [Fact]
    public async Task Config_With_Unknown_Federation_Version_Is_A_Coded_Error_In_Json()
    {
        var config = CliRun.TempFile("federation_version: =3.0\nsubgraphs: {}\n", ".yaml");
        var (exit, output, _) = await CliRun.RunAsync("", "compose", "--config", config, "--format", "json");
        Assert.Equal(1, exit);
        Assert.Contains("\"code\":\"INVALID_SUPERGRAPH_CONFIG\"", output);
    }

    [Fact]
    public async Task Batch_Answers_One_Json_Line_Per_Request()
    {
        var request = "{\"subgraphs\":[{\"name\":\"a\",\"url\":\"http://a\",\"sdl\":\"type Query { a: Int }\"}]}\n";
        var (exit, output, _) = await CliRun.RunAsync(request + request, "compose", "--batch");
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"supergraphSdl\":\"schema", lines[0]);
    }

    [Fact]
    public async Task Api_Schema_Has_No_Join_Definitions_And_Nothing_Inaccessible()
    {
        var a = CliRun.TempFile("extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\", \"@inaccessible\"])\n"
            + "type Query { t: T secret: Int @inaccessible old: Int @deprecated(reason: \"use t\") } type T @key(fields: \"id\") { id: ID! }");
        var (exit, output, _) = await CliRun.RunAsync("", "compose", "--api-schema", $"a={a}");
        Assert.Equal(0, exit);
        Assert.Equal("type Query {\n  t: T\n  old: Int @deprecated(reason: \"use t\")\n}\n\ntype T {\n  id: ID!\n}\n", output);
    }
}
