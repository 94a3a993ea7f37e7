using System.Text.Json;
using Federation.Cli.Batch;

namespace Federation.Cli.Tests.Batch;

public sealed class BatchProtocolTests
{
    private const string Sdl = "type Query { a: Int b: String list: [Obj] echo(x: Int, y: String = \"d\"): Json } type Obj { v: Int! } scalar Json";

    private static string Case(object value) => JsonSerializer.Serialize(value);

    private static async Task<List<JsonElement>> RunAsync(BatchRunner runner, params string[] lines)
    {
        var output = new StringWriter { NewLine = "\n" };
        await runner.RunAsync(new StringReader(string.Join("\n", lines) + "\n"), output);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    [Fact]
    public async Task Batch_Answers_Every_Case_In_Input_Order()
    {
        var answers = await RunAsync(new BatchRunner(),
            Case(new { id = "first", schema = Sdl, query = "{ a }", root = new { a = 1 } }),
            "",
            Case(new { id = "second", print = "{a}" }),
            Case(new { id = "third", schema = Sdl, query = "{ b }", root = new { b = "x" } }));
        Assert.Equal(["first", "second", "third"], answers.Select(a => a.GetProperty("id").GetString()));
        Assert.Equal("{\"a\":1}", answers[0].GetProperty("data").GetRawText());
        Assert.Equal("{\"b\":\"x\"}", answers[2].GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task Batch_Builds_Each_Schema_Once()
    {
        var runner = new BatchRunner();
        await RunAsync(runner,
            Case(new { id = "1", schema = Sdl, query = "{ a }" }),
            Case(new { id = "2", schema = Sdl, query = "{ b }" }),
            Case(new { id = "3", schema = "type Query { z: Int }", query = "{ z }" }),
            Case(new { id = "4", schema = Sdl, query = "{ a b }", validateOnly = true }));
        Assert.Equal(2, runner.Schemas.Builds);
    }

    [Fact]
    public async Task Batch_Answers_A_Case_Nested_Too_Deep_With_Its_Id_And_The_Limit()
    {
        var deep = new string('[', 100) + new string(']', 100);
        var answers = await RunAsync(new BatchRunner(),
            "{\"id\":\"deep\",\"schema\":\"type Query { a: Int }\",\"query\":\"{ a }\",\"root\":" + deep + "}",
            "{\"schema\":\"type Query { a: Int }\",\"root\":{\"x\":" + deep + "},\"id\":\"id-after-the-deep-part\"}",
            Case(new { id = "after", schema = Sdl, query = "{ a }", root = new { a = 3 } }));
        Assert.Equal(["deep", "id-after-the-deep-part", "after"], answers.Select(a => a.GetProperty("id").GetString()));
        Assert.Equal("JsonException: The case's JSON nests deeper than MaxJsonDepth (64).", answers[0].GetProperty("crash").GetString());
        Assert.Equal("JsonException: The case's JSON nests deeper than MaxJsonDepth (64).", answers[1].GetProperty("crash").GetString());
        Assert.Equal("{\"a\":3}", answers[2].GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task Batch_Json_Depth_Limit_Can_Be_Raised()
    {
        var deep = new string('[', 100) + new string(']', 100);
        var line = "{\"id\":\"deep\",\"schema\":\"type Query { a: Int }\",\"query\":\"{ a }\",\"root\":{\"a\":1,\"x\":" + deep + "}}";
        var answers = await RunAsync(new BatchRunner { MaxJsonDepth = 128 }, line);
        Assert.Equal("{\"a\":1}", answers[0].GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task Batch_Reports_A_Crashing_Case_And_Goes_On()
    {
        var answers = await RunAsync(new BatchRunner(),
            "{ not json",
            Case(new { id = "no-schema", query = "{ a }" }),
            Case(new { id = "after", schema = Sdl, query = "{ a }", root = new { a = 2 } }));
        Assert.Equal(3, answers.Count);
        Assert.Equal(JsonValueKind.Null, answers[0].GetProperty("id").ValueKind);
        Assert.True(answers[0].TryGetProperty("crash", out _));
        Assert.Equal("no-schema", answers[1].GetProperty("id").GetString());
        Assert.Contains("schema", answers[1].GetProperty("crash").GetString());
        Assert.Equal("{\"a\":2}", answers[2].GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task Batch_ValidateOnly_Answers_Valid_For_A_Valid_Document()
    {
        var answer = (await RunAsync(new BatchRunner(), Case(new { id = "v", schema = Sdl, query = "{ a list { v } }", validateOnly = true })))[0];
        Assert.True(answer.GetProperty("valid").GetBoolean());
        Assert.False(answer.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Batch_Validation_Errors_Give_Errors_And_No_Data()
    {
        var answer = (await RunAsync(new BatchRunner(), Case(new { id = "v", schema = Sdl, query = "{ nope }", validateOnly = true })))[0];
        Assert.False(answer.TryGetProperty("data", out _));
        Assert.False(answer.TryGetProperty("valid", out _));
        var error = answer.GetProperty("errors")[0];
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", error.GetProperty("message").GetString());
        Assert.Equal("[{\"line\":1,\"column\":3}]", error.GetProperty("locations").GetRawText());
    }

    [Fact]
    public async Task Batch_Syntax_Error_Gives_One_Located_Error()
    {
        var answer = (await RunAsync(new BatchRunner(), Case(new { id = "s", schema = Sdl, query = "{ a" })))[0];
        var errors = answer.GetProperty("errors");
        Assert.Equal(1, errors.GetArrayLength());
        Assert.StartsWith("Syntax Error:", errors[0].GetProperty("message").GetString());
        Assert.Equal("[{\"line\":1,\"column\":4}]", errors[0].GetProperty("locations").GetRawText());
    }

    [Fact]
    public async Task Batch_Print_Mode_Prints_Or_Reports_Syntax_Errors()
    {
        var answers = await RunAsync(new BatchRunner(), Case(new { id = "p", print = "query Q{a(x:1){b}}" }), Case(new { id = "e", print = "{" }));
        Assert.Equal("query Q {\n  a(x: 1) {\n    b\n  }\n}", answers[0].GetProperty("printed").GetString());
        Assert.StartsWith("Syntax Error:", answers[1].GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Batch_Invalid_Schema_Gives_Schema_Error_Messages()
    {
        var answer = (await RunAsync(new BatchRunner(), Case(new { id = "bad", schema = "type Query { a: Missing }", query = "{ a }" })))[0];
        Assert.Equal("[\"Unknown type \\u0022Missing\\u0022.\"]".Replace("\\u0022", "\\\""), answer.GetProperty("schemaErrors").GetRawText());
    }

    [Fact]
    public async Task Batch_Throw_Value_Becomes_A_Field_Error_With_Its_Path()
    {
        var root = JsonDocument.Parse("{\"list\": [{\"v\": 1}, {\"v\": {\"__throw\": \"boom\"}}]}").RootElement;
        var answer = (await RunAsync(new BatchRunner(), Case(new { id = "t", schema = Sdl, query = "{ list { v } }", root })))[0];
        var error = answer.GetProperty("errors")[0];
        Assert.Equal("boom", error.GetProperty("message").GetString());
        Assert.Equal("[\"list\",1,\"v\"]", error.GetProperty("path").GetRawText());
        Assert.Equal("{\"list\":[{\"v\":1},null]}", answer.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task Batch_Args_Value_Resolves_To_The_Coerced_Arguments()
    {
        var root = JsonDocument.Parse("{\"echo\": {\"__args\": true}}").RootElement;
        var answer = (await RunAsync(new BatchRunner(), Case(new { id = "a", schema = Sdl, query = "{ echo(x: 3) }", root })))[0];
        Assert.Equal("{\"echo\":{\"x\":3,\"y\":\"d\"}}", answer.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task Batch_Subscription_Emits_One_Result_Per_Root_Array_Element()
    {
        const string sdl = "type Query { a: Int } type Subscription { tick: Int }";
        var root = JsonDocument.Parse("{\"tick\": [{\"tick\": 1}, {\"tick\": 2}]}").RootElement;
        var answer = (await RunAsync(new BatchRunner(), Case(new { id = "sub", schema = sdl, query = "subscription { tick }", root })))[0];
        Assert.Equal("[{\"data\":{\"tick\":1}},{\"data\":{\"tick\":2}}]", answer.GetProperty("events").GetRawText());
    }

    [Fact]
    public async Task Batch_Variables_And_Operation_Name_Are_Used()
    {
        var root = JsonDocument.Parse("{\"echo\": {\"__args\": true}}").RootElement;
        var answer = (await RunAsync(new BatchRunner(), Case(new
        {
            id = "v", schema = Sdl, root, operationName = "B", variables = new { n = 5 },
            query = "query A { a } query B($n: Int) { echo(x: $n, y: null) }",
        })))[0];
        Assert.Equal("{\"echo\":{\"x\":5,\"y\":null}}", answer.GetProperty("data").GetRawText());
    }
}
