using System.Net;
using System.Text.Json;

namespace Federation.GraphQL.AspNetCore.Tests.Http;

/// <summary>GraphQL over HTTP against a real Kestrel server: media types, status codes, GET and POST.</summary>
public class HttpTransportTests : IAsyncLifetime
{
    private HttpTestServer _server = null!;

    public async Task InitializeAsync() => _server = await HttpTestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
        => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Post_Answers_Data_As_GraphQL_Response_Json_When_Accepted()
    {
        using var response = await _server.PostAsync(HttpTestServer.Request("{ hello(name: \"Ada\") }"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("""{"data":{"hello":"Hello, Ada!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("application/json")]
    public async Task Post_Answers_Application_Json_Without_Accept_Or_With_Wildcard(string? accept)
    {
        using var response = await _server.PostAsync(HttpTestServer.Request("{ hello }"), accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task Post_Answers_406_When_No_Supported_Type_Is_Acceptable()
    {
        using var response = await _server.PostAsync(HttpTestServer.Request("{ hello }"), "text/html");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("{ nope }")]                                   // validation
    [InlineData("{")]                                          // syntax
    [InlineData("query A { hello } query B { hello }")]        // operation cannot be determined
    [InlineData("query ($n: Int!) { items(count: $n) { id } }")] // variable coercion (missing)
    public async Task Request_Errors_Answer_400_Without_Data_Under_GraphQL_Response_Json(string query)
    {
        using var response = await _server.PostAsync(HttpTestServer.Request(query));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        var body = await BodyAsync(response);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.True(body.GetProperty("errors").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("{ nope }")]
    [InlineData("{")]
    [InlineData("query ($n: Int!) { items(count: $n) { id } }")]
    public async Task Request_Errors_Answer_200_Under_Application_Json(string query)
    {
        using var response = await _server.PostAsync(HttpTestServer.Request(query), "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.True(body.GetProperty("errors").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("{ hello fail }", """{"errors":[{"message":"boom","locations":[{"line":1,"column":9}],"path":["fail"]}],"data":{"hello":"Hello, world!","fail":null}}""")]
    [InlineData("{ failNonNull }", """{"errors":[{"message":"boom","locations":[{"line":1,"column":3}],"path":["failNonNull"]}],"data":null}""")]
    public async Task Field_Errors_Answer_200_With_Data_Under_Both_Types(string query, string expected)
    {
        foreach (var accept in new[] { "application/graphql-response+json", "application/json" })
        {
            using var response = await _server.PostAsync(HttpTestServer.Request(query), accept);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(expected, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Post_Passes_Variables_And_Selects_The_Named_Operation()
    {
        var body = HttpTestServer.Request("query A { hello } query B($n: String) { hello(name: $n) }", new { n = "Grace" }, "B");
        using var response = await _server.PostAsync(body);
        Assert.Equal("""{"data":{"hello":"Hello, Grace!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_Ignores_Unknown_Properties_And_Treats_Null_As_Absent()
    {
        using var response = await _server.PostAsync("""{"query":"{ hello }","operationName":null,"variables":null,"extensions":{"persistedQuery":{"version":1}},"other":[1,{"a":2}]}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("""{"qeury":"{ hello }"}""")]
    [InlineData("""{"query":1}""")]
    [InlineData("""{"query":"{ hello }","operationName":false}""")]
    [InlineData("""{"query":"{ hello }","variables":"{}"}""")]
    [InlineData("""{"query":"{ hello }","variables":[1]}""")]
    [InlineData("""{"query":"{ hello }","extensions":"x"}""")]
    [InlineData("""["not","an","object"]""")]
    [InlineData("""7""")]
    [InlineData("""{"query":"{ hello }"} {"query":"{ hello }"}""")]
    public async Task Malformed_Parameters_Answer_400_With_A_GraphQL_Error_Body(string body)
    {
        foreach (var accept in new[] { "application/graphql-response+json", "application/json" })
        {
            using var response = await _server.PostAsync(body, accept);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
            var message = (await BodyAsync(response)).GetProperty("errors")[0].GetProperty("message").GetString();
            Assert.False(string.IsNullOrEmpty(message));
        }
        await _server.AssertStillAnswersAsync();
    }

    [Theory]
    [InlineData("{ \"not a JSON")]
    [InlineData("NONSENSE")]
    [InlineData("{\"query\":")]
    [InlineData("")]
    public async Task Malformed_Json_Answers_400_With_A_GraphQL_Error_Body(string body)
    {
        using var response = await _server.PostAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await BodyAsync(response)).GetProperty("errors");
        Assert.Equal(1, errors.GetArrayLength());
        await _server.AssertStillAnswersAsync();
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Unsupported_Content_Type_Answers_415(string contentType)
    {
        using var response = await _server.PostAsync(HttpTestServer.Request("{ hello }"), contentType: contentType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_Without_Content_Type_Answers_415()
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent("{\"query\":\"{ hello }\"}"u8.ToArray()) };
        using var response = await _server.Client.SendAsync(message);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("Application/JSON")]
    public async Task Utf8_Json_Content_Types_Are_Accepted(string contentType)
    {
        using var response = await _server.PostAsync(HttpTestServer.Request("{ hello(name: \"Run🏃Swim🏊\") }"), contentType: contentType);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.Equal("Hello, Run🏃Swim🏊!", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Get_Executes_A_Query_With_Json_Variables()
    {
        var query = Uri.EscapeDataString("query Q($n: String) { hello(name: $n) }");
        var variables = Uri.EscapeDataString("""{"n":"Ada"}""");
        using var response = await _server.GetAsync($"query={query}&variables={variables}&operationName=Q&extensions=");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, Ada!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("mutation { setGreeting(greeting: \"hi\") }", "")]
    [InlineData("query Q { hello } mutation M { setGreeting(greeting: \"hi\") }", "M")]
    public async Task Get_Refuses_Mutations_With_405_And_Allow_Post(string query, string operationName)
    {
        using var response = await _server.GetAsync($"query={Uri.EscapeDataString(query)}&operationName={operationName}");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task Get_Runs_The_Query_Of_A_Document_That_Also_Holds_A_Mutation()
    {
        var query = Uri.EscapeDataString("query Q { hello } mutation M { setGreeting(greeting: \"hi\") }");
        using var response = await _server.GetAsync($"query={query}&operationName=Q");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Resolvers_See_The_HttpContext()
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = HttpTestServer.Json(HttpTestServer.Request("{ userAgent }")) };
        message.Headers.TryAddWithoutValidation("User-Agent", "federation-tests/1");
        using var response = await _server.Client.SendAsync(message);
        Assert.Equal("""{"data":{"userAgent":"federation-tests/1"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_Runs_Mutations()
    {
        using var response = await _server.PostAsync(HttpTestServer.Request("mutation { setGreeting(greeting: \"hi\") }"));
        Assert.Equal("""{"data":{"setGreeting":"hi"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("operationName=Q")]
    public async Task Get_Without_Query_Answers_400(string queryString)
    {
        using var response = await _server.GetAsync(queryString);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("variables=%7Bnope")]
    [InlineData("variables=%5B1%5D")]
    [InlineData("extensions=42")]
    [InlineData("operationName=A&operationName=B")]
    public async Task Get_With_Malformed_Json_Parameters_Answers_400(string parameter)
    {
        using var response = await _server.GetAsync($"query=%7B%20hello%20%7D&{parameter}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_Methods_Answer_405_With_Allow(string method)
    {
        var message = new HttpRequestMessage(new HttpMethod(method), "/graphql") { Content = HttpTestServer.Json(HttpTestServer.Request("{ hello }")) };
        using var response = await _server.Client.SendAsync(message);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, POST", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task Health_Endpoints_Answer_200()
    {
        using var live = await _server.Client.GetAsync("/health/live");
        using var ready = await _server.Client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Client_Disconnect_Cancels_The_Resolver()
    {
        using var cts = new CancellationTokenSource();
        var pending = Task.Run(async () =>
        {
            var message = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = HttpTestServer.Json(HttpTestServer.Request("{ slow }")) };
            try { using var _ = await _server.Client.SendAsync(message, cts.Token); } catch (OperationCanceledException) { }
        });
        await _server.SlowResolverStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        cts.Cancel();
        Assert.True(await _server.SlowResolverCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        await pending;
        await _server.AssertStillAnswersAsync();
    }
}
