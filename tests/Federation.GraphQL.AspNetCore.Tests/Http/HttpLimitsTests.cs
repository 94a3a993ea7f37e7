using System.Net;
using System.Text;
using System.Text.Json;

namespace Federation.GraphQL.AspNetCore.Tests.Http;

/// <summary>Hostile and oversized input: the server answers with the right status and keeps serving.</summary>
public class HttpLimitsTests
{
    [Fact]
    public async Task Body_Over_The_Limit_Answers_413()
    {
        await using var server = await HttpTestServer.StartAsync(o => o.MaxRequestBodyBytes = 1000);
        var body = HttpTestServer.Request("{ hello }" + new string(' ', 2000));
        using var response = await server.PostAsync(body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(1, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetArrayLength());
        await server.AssertStillAnswersAsync();
    }

    [Fact]
    public async Task Chunked_Body_Over_The_Limit_Answers_413()
    {
        await using var server = await HttpTestServer.StartAsync(o => o.MaxRequestBodyBytes = 1000);
        var bytes = Encoding.UTF8.GetBytes(HttpTestServer.Request("{ hello }" + new string(' ', 50_000)));
        var content = new StreamContent(new NoLengthStream(bytes));
        content.Headers.ContentType = new("application/json");
        using var response = await server.Client.PostAsync("/graphql", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await server.AssertStillAnswersAsync();
    }

    [Fact]
    public async Task Default_Limit_Refuses_A_Two_Megabyte_Body()
    {
        await using var server = await HttpTestServer.StartAsync();
        var variables = new { blob = new string('x', 2 * 1024 * 1024) };
        using var response = await server.PostAsync(HttpTestServer.Request("query ($blob: String) { hello(name: $blob) }", variables));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await server.AssertStillAnswersAsync();
    }

    [Fact]
    public async Task Document_Nested_100k_Deep_Answers_400_With_A_Syntax_Error()
    {
        await using var server = await HttpTestServer.StartAsync();
        const int depth = 100_000;
        var query = new StringBuilder(depth * 4).Insert(0, "{a", depth).Append('}', depth).ToString();
        using var response = await server.PostAsync(HttpTestServer.Request(query));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(body.TryGetProperty("data", out _));
        Assert.StartsWith("Syntax Error", body.GetProperty("errors")[0].GetProperty("message").GetString());
        await server.AssertStillAnswersAsync();
    }

    [Fact]
    public async Task Document_Over_The_Token_Limit_Answers_400()
    {
        await using var server = await HttpTestServer.StartAsync(o => o.Executor.ParserOptions = new Language.ParserOptions { MaxTokens = 100 });
        var query = "{ " + string.Join(" ", Enumerable.Repeat("hello", 200)) + " }";
        using var response = await server.PostAsync(HttpTestServer.Request(query));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tokens", await response.Content.ReadAsStringAsync());
        await server.AssertStillAnswersAsync();
    }

    [Fact]
    public async Task Variables_Nested_Deeper_Than_The_Json_Limit_Answer_400()
    {
        await using var server = await HttpTestServer.StartAsync();
        const int depth = 100_000;
        var variables = new StringBuilder().Append('[', depth).Append(']', depth).ToString();
        var body = "{\"query\":\"query ($v: String) { hello(name: $v) }\",\"variables\":{\"v\":" + variables + "}}";
        using var response = await server.PostAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The request's JSON nests deeper than MaxJsonDepth (64).", await ErrorMessage(response));
        await server.AssertStillAnswersAsync();
    }

    [Fact]
    public async Task Json_Depth_Limit_Is_An_Option_And_Named_In_The_Error()
    {
        await using var server = await HttpTestServer.StartAsync(o => o.MaxJsonDepth = 4);
        // The body, extensions, v and one list inside make four levels; a fifth is refused.
        using (var ok = await server.PostAsync("""{"query":"{ hello }","extensions":{"v":[["a"]]}}"""))
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        using var deep = await server.PostAsync("""{"query":"{ hello }","extensions":{"v":[[["a"]]]}}""");
        Assert.Equal(HttpStatusCode.BadRequest, deep.StatusCode);
        Assert.Equal("The request's JSON nests deeper than MaxJsonDepth (4).", await ErrorMessage(deep));
        using var get = await server.GetAsync("query=%7Bhello%7D&variables=" + Uri.EscapeDataString("""{"a":{"b":{"c":{"d":{}}}}}"""));
        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
        Assert.Equal("The \"variables\" parameter's JSON nests deeper than MaxJsonDepth (4).", await ErrorMessage(get));
    }

    [Fact]
    public async Task Malformed_Json_Within_The_Depth_Limit_Is_Still_Called_Invalid()
    {
        await using var server = await HttpTestServer.StartAsync(o => o.MaxJsonDepth = 2);
        using var response = await server.PostAsync("{\"query\":\"{ hello }\",\"variables\":{\"v\": tru}}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("The request body is not valid JSON:", await ErrorMessage(response));
    }

    [Fact]
    public void Json_Depth_Below_One_Is_Refused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new GraphQLServerOptions { MaxJsonDepth = 0 });

    private static async Task<string?> ErrorMessage(HttpResponseMessage response)
        => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0].GetProperty("message").GetString();

    [Fact]
    public async Task Huge_Variables_Within_The_Limit_Are_Coerced_And_Rejected_Per_Spec()
    {
        await using var server = await HttpTestServer.StartAsync();
        // 70k entries in one object (about 900 KB): decoded, then refused by variable coercion (a String is expected).
        var entries = string.Join(",", Enumerable.Range(0, 70_000).Select(i => $"\"k{i}\":{i}"));
        var body = "{\"query\":\"query ($v: String) { hello(name: $v) }\",\"variables\":{\"v\":{" + entries + "}}}";
        Assert.True(body.Length < 1024 * 1024);
        using var response = await server.PostAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"errors\"", await response.Content.ReadAsStringAsync());
        await server.AssertStillAnswersAsync();
    }

    [Fact]
    public async Task Batching_Is_Refused_By_Default()
    {
        await using var server = await HttpTestServer.StartAsync();
        using var response = await server.PostAsync("""[{"query":"{ hello }"}]""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Batching_Answers_An_Array_In_Order_When_Enabled()
    {
        await using var server = await HttpTestServer.StartAsync(o => o.EnableBatching = true);
        using var response = await server.PostAsync("""[{"query":"{ hello }"},{"query":"{ nope }"},{"query":"mutation { setGreeting(greeting: \"x\") }"}]""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(3, results.GetArrayLength());
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", results[0].GetRawText());
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", results[1].GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.False(results[1].TryGetProperty("data", out _));
        Assert.Equal("""{"data":{"setGreeting":"x"}}""", results[2].GetRawText());
    }

    [Fact]
    public async Task Batch_Larger_Than_The_Maximum_Answers_400()
    {
        await using var server = await HttpTestServer.StartAsync(o => { o.EnableBatching = true; o.MaxBatchSize = 2; });
        using var response = await server.PostAsync("""[{"query":"{ hello }"},{"query":"{ hello }"},{"query":"{ hello }"}]""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_Is_Refused_With_405_When_Disabled()
    {
        await using var server = await HttpTestServer.StartAsync(o => o.EnableGetRequests = false);
        using var response = await server.GetAsync("query=%7B%20hello%20%7D");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task Large_Result_Is_Written_Whole()
    {
        await using var server = await HttpTestServer.StartAsync();
        using var response = await server.PostAsync(HttpTestServer.Request("{ items(count: 20000) { id name } }"));
        var items = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("items");
        Assert.Equal(20000, items.GetArrayLength());
        Assert.Equal("item 19999", items[19999].GetProperty("name").GetString());
    }

    /// <summary>A stream without a length, so HttpClient sends the body chunked (no Content-Length).</summary>
    private sealed class NoLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
