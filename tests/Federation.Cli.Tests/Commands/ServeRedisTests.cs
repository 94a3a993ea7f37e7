using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Federation.Cli.Tests.Commands;

/// <summary><c>fed serve --redis</c>: two instances on one Redis share subscriptions.</summary>
public class ServeRedisTests
{
    private const string Sdl = """
        type Query { ok: Boolean }
        type Message { text: String! }
        type Mutation { post(text: String!): Message }
        type Subscription { onMessage: Message }
        """;

    private const string Root = """{"post": {"__publish": "messages"}, "onMessage": {"__subscribe": "messages"}}""";

    [Fact]
    public async Task Two_Instances_Share_Subscriptions_Through_Redis()
    {
        using var redis = await TestRedis.StartAsync();
        var dir = Directory.CreateTempSubdirectory("fed-serve-redis");
        try
        {
            var schema = Path.Combine(dir.FullName, "schema.graphql");
            var root = Path.Combine(dir.FullName, "root.json");
            await File.WriteAllTextAsync(schema, Sdl);
            await File.WriteAllTextAsync(root, Root);
            string[] args = ["serve", "--schema", schema, "--root", root, "--port", "0", "--redis", redis.EndPoint];
            using var stop = new CancellationTokenSource();
            var (runA, a) = await StartAsync(args, stop.Token);
            var (runB, b) = await StartAsync(args, stop.Token);
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

            using var subscribe = new HttpRequestMessage(HttpMethod.Post, new Uri(a, "/graphql"))
            {
                Content = new StringContent("""{"query":"subscription { onMessage { text } }"}""", Encoding.UTF8, "application/json"),
            };
            subscribe.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            using var stream = await client.SendAsync(subscribe, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
            using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());
            var next = NextDataAsync(reader);
            for (var i = 0; !next.IsCompleted && i < 50; i++)
            {
                using var post = await client.PostAsync(new Uri(b, "/graphql"), new StringContent(
                    """{"query":"mutation { post(text: \"hello\") { text } }"}""", Encoding.UTF8, "application/json"));
                Assert.Equal("""{"data":{"post":{"text":"hello"}}}""", await post.Content.ReadAsStringAsync());
                await Task.WhenAny(next, Task.Delay(200));
            }
            Assert.Equal("""{"data":{"onMessage":{"text":"hello"}}}""", await next.WaitAsync(TimeSpan.FromSeconds(1)));
            using var ready = await client.GetAsync(new Uri(a, "/health/ready"));
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);

            stop.Cancel();
            Assert.Equal(0, await runA.WaitAsync(TimeSpan.FromSeconds(30)));
            Assert.Equal(0, await runB.WaitAsync(TimeSpan.FromSeconds(30)));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_Bad_Connection_String_Is_A_Clear_Error()
    {
        var (exit, _, error) = await CliRun.RunAsync("", "serve", "--port", "0", "--redis", "nohost=1");
        Assert.Equal(1, exit);
        Assert.Contains("--redis expects a StackExchange.Redis connection string", error);
    }

    private static async Task<(Task<int> Run, Uri Address)> StartAsync(string[] args, CancellationToken stop)
    {
        var output = new StringWriter { NewLine = "\n" };
        var console = new CommandConsole(new StringReader(""), TextWriter.Synchronized(output), TextWriter.Synchronized(new StringWriter()));
        var run = CommandLine.RunAsync(args, console, stop);
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var match = Regex.Match(output.ToString(), @"^Listening on (http://127\.0\.0\.1:\d+)\n");
            if (match.Success) return (run, new Uri(match.Groups[1].Value));
            Assert.False(run.IsCompleted, $"fed serve exited: {output}");
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(30), "fed serve did not print its Listening line");
            await Task.Delay(20);
        }
    }

    private static async Task<string> NextDataAsync(StreamReader reader)
    {
        string? eventName = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event:", StringComparison.Ordinal)) eventName = line[6..].Trim();
            else if (line.StartsWith("data:", StringComparison.Ordinal) && eventName == "next") return line[5..].Trim();
        }
        throw new InvalidOperationException("The event stream ended without a next event.");
    }

    /// <summary>FEDERATION_TEST_REDIS (tests/run-all.sh) or a redis-server of its own on a free 127.0.0.1 port.</summary>
    private sealed class TestRedis : IDisposable
    {
        private Process? _process;

        public string EndPoint { get; private init; } = "";

        public static async Task<TestRedis> StartAsync()
        {
            if (Environment.GetEnvironmentVariable("FEDERATION_TEST_REDIS") is { Length: > 0 } shared) return new TestRedis { EndPoint = shared };
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            var info = new ProcessStartInfo("redis-server") { UseShellExecute = false, RedirectStandardOutput = true };
            foreach (var a in (string[])["--port", $"{port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]) info.ArgumentList.Add(a);
            var redis = new TestRedis { EndPoint = $"127.0.0.1:{port}", _process = Process.Start(info) };
            for (var i = 0; ; i++)
            {
                try
                {
                    using var probe = new TcpClient();
                    await probe.ConnectAsync(IPAddress.Loopback, port);
                    return redis;
                }
                catch (SocketException) when (i < 200)
                {
                    await Task.Delay(25);
                }
            }
        }

        public void Dispose()
        {
            if (_process is { HasExited: false } p) p.Kill();
            _process?.Dispose();
        }
    }
}
