using Federation.GraphQL.Utilities;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Federation.Cli.Batch;
using Federation.Cli.Json;
using Federation.GraphQL.Execution;

namespace Federation.Cli.Tests.Commands;

public class ServeCommandTests
{
    /// <summary>Runs <c>fed serve</c> in-process until <paramref name="use"/> is done, then stops it as Ctrl+C would.</summary>
    private static async Task<(int Exit, string Out, string Error)> ServeAsync(Func<Uri, Task> use, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var console = new CommandConsole(new StringReader(""), TextWriter.Synchronized(output), TextWriter.Synchronized(error));
        using var stop = new CancellationTokenSource();
        var run = CommandLine.RunAsync(["serve", .. args], console, stop.Token);
        var deadline = Stopwatch.StartNew();
        Match match;
        while (!(match = Regex.Match(Read(output), @"^Listening on (http://127\.0\.0\.1:\d+)\n")).Success)
        {
            if (run.IsCompleted) return (await run, Read(output), Read(error));
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(30), "fed serve did not print its Listening line");
            await Task.Delay(20);
        }
        try
        {
            await use(new Uri(match.Groups[1].Value));
        }
        finally
        {
            stop.Cancel();
        }
        var exit = await run.WaitAsync(TimeSpan.FromSeconds(30));
        return (exit, Read(output), Read(error));

        static string Read(StringWriter writer)
        {
            lock (writer) return writer.ToString();
        }
    }

    private static async Task<string> PostAsync(Uri address, string query)
    {
        using var client = new HttpClient { BaseAddress = address };
        var body = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/graphql", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Serve_Prints_One_Listening_Line_Serves_The_Sample_And_Stops_Cleanly()
    {
        var (exit, output, _) = await ServeAsync(async address =>
        {
            Assert.Equal("127.0.0.1", address.Host);
            Assert.NotEqual(0, address.Port);
            var json = await PostAsync(address, "{ project(name: \"Docs\") { name tasks { title } } }");
            Assert.Equal("""{"data":{"project":{"name":"Docs","tasks":[{"title":"README"}]}}}""", json);
            using var client = new HttpClient { BaseAddress = address };
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        }, "--port", "0");
        Assert.Equal(0, exit);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Serve_Reads_The_Schema_And_Root_Value_From_Files()
    {
        var schema = CliRun.TempFile("type Query { greeting: String, numbers: [Int] }");
        var root = CliRun.TempFile("""{ "greeting": "hi", "numbers": [1, 2] }""", ".json");
        var (exit, _, _) = await ServeAsync(async address =>
            Assert.Equal("""{"data":{"greeting":"hi","numbers":[1,2]}}""", await PostAsync(address, "{ greeting numbers }")),
            "--schema", schema, "--root", root, "--port", "0");
        Assert.Equal(0, exit);
    }

    [Fact]
    public async Task Auth_Token_Guards_Http_But_Not_Health()
    {
        var (exit, _, _) = await ServeAsync(async address =>
        {
            using var client = new HttpClient { BaseAddress = address };
            HttpRequestMessage Post(string? authorization)
            {
                var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
                {
                    Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"),
                };
                if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
                return request;
            }
            foreach (var wrong in new[] { null, "Bearer nope", "Bearer s3cre", "Bearer s3cret2", "Basic s3cret", "s3cret" })
            {
                using var refused = await client.SendAsync(Post(wrong));
                Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
                Assert.Equal("Bearer", refused.Headers.WwwAuthenticate.ToString());
                Assert.Contains("Unauthorized", await refused.Content.ReadAsStringAsync());
            }
            foreach (var right in new[] { "Bearer s3cret", "bearer s3cret" })
            {
                using var allowed = await client.SendAsync(Post(right));
                Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
                Assert.Equal("""{"data":{"__typename":"Query"}}""", await allowed.Content.ReadAsStringAsync());
            }
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        }, "--port", "0", "--auth-token", "s3cret");
        Assert.Equal(0, exit);
    }

    [Fact]
    public async Task Auth_Token_Must_Not_Be_Empty()
    {
        var (exit, _, error) = await CliRun.RunAsync("", "serve", "--auth-token", "", "--port", "0");
        Assert.Equal(1, exit);
        Assert.Contains("--auth-token", error);
    }

    [Theory]
    [InlineData("--port", "70000")]
    [InlineData("--port", "x")]
    [InlineData("--event-interval-ms", "-1")]
    public async Task Serve_Rejects_Bad_Numbers(string option, string value)
    {
        var (exit, _, error) = await CliRun.RunAsync("", "serve", option, value);
        Assert.Equal(1, exit);
        Assert.Contains(option, error);
    }

    [Fact]
    public async Task Serve_Reports_Schema_Errors_With_Exit_Code_1()
    {
        var schema = CliRun.TempFile("type Query { a: Missing }");
        var (exit, output, error) = await CliRun.RunAsync("", "serve", "--schema", schema, "--port", "0");
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("Missing", error);
    }

    [Fact]
    public async Task Subscription_Array_Root_Emits_Its_Elements_Spaced_By_The_Interval()
    {
        var root = JsonValues.Parse("""{ "ticks": [{ "ticks": 1 }, { "ticks": 2 }, { "ticks": 3 }] }""");
        var entry = CatalogEntry.Build("type Query { a: Int } type Subscription { ticks: Int }",
            schema => JsonRootResolvers.Bind(schema, root, TimeSpan.FromMilliseconds(100)));
        var executor = new RequestExecutor(entry.Schema!);
        var subscription = await executor.SubscribeAsync(new ExecutionRequest("subscription { ticks }"));
        var clock = Stopwatch.StartNew();
        var events = new List<string>();
        await foreach (var result in subscription.Stream!) events.Add(result.ToJson());
        Assert.Equal(["""{"data":{"ticks":1}}""", """{"data":{"ticks":2}}""", """{"data":{"ticks":3}}"""], events);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(190), $"3 events 100 ms apart took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("""{ "items": [{ "name": "a" }, { "name": "b" }] }""", """{"data":{"items":[{"name":"a"},{"name":"b"}]}}""")]
    [InlineData("""{ "items": [{ "name": "a" }, { "name": { "__throw": "no name" } }] }""",
        """{"errors":[{"message":"no name","locations":[{"line":1,"column":11}],"path":["items",1,"name"]}],"data":{"items":[{"name":"a"},{"name":null}]}}""")]
    [InlineData("""{ "items": [{ "name": "a", "echo": { "__args": true } }] }""", """{"data":{"items":[{"name":"a"}]}}""")]
    public async Task Fixed_Root_Keeps_The_Exec_Rules_With_And_Without_Markers(string rootJson, string expected)
    {
        var root = JsonValues.Parse(rootJson);
        var entry = CatalogEntry.Build("type Query { items: [Item] } type Item { name: String echo(x: Int): String }",
            schema => JsonRootResolvers.Bind(schema, root, TimeSpan.Zero));
        var result = await new RequestExecutor(entry.Schema!).ExecuteAsync(new ExecutionRequest("{ items { name } }"));
        Assert.Equal(expected, result.ToJson());
    }

    [Fact]
    public async Task Serve_With_Metrics_Answers_Prometheus_Text_At_Metrics()
    {
        var (exit, _, _) = await ServeAsync(async address =>
        {
            await PostAsync(address, "{ project(name: \"Docs\") { name } }");
            using var client = new HttpClient { BaseAddress = address };
            using var response = await client.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            Assert.Contains("graphql_server_request_duration_seconds_count{", text, StringComparison.Ordinal);
            Assert.Contains("service_name=\"fed-serve\"", text, StringComparison.Ordinal);
        }, "--port", "0", "--metrics");
        Assert.Equal(0, exit);
    }

    [Fact]
    public async Task Serve_Without_Metrics_Has_No_Metrics_Endpoint()
    {
        var (exit, _, _) = await ServeAsync(async address =>
        {
            using var client = new HttpClient { BaseAddress = address };
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/metrics")).StatusCode);
        }, "--port", "0");
        Assert.Equal(0, exit);
    }
}
