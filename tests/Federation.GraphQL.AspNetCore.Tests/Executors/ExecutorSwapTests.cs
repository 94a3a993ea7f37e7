using Federation.GraphQL.AspNetCore.Tests.Sse;
using Federation.GraphQL.AspNetCore.Tests.WebSockets;

namespace Federation.GraphQL.AspNetCore.Tests.Executors;

/// <summary>
/// <see cref="GraphQLServer.SwapExecutor"/> while requests run: what started on the old executor finishes there, what
/// starts after the swap (and introspection) sees the new schema.
/// </summary>
public sealed class ExecutorSwapTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Http_requests_in_flight_finish_on_the_old_executor()
    {
        var v1 = new SchemaVersion(1);
        var v2 = new SchemaVersion(2);
        await using var app = await SwapTestApp.StartAsync(v1);
        var inFlight = app.PostAsync("{ slow version }");
        await v1.SlowStarted.Task.WaitAsync(Wait);

        Assert.Same(v1.Executor, app.Server.SwapExecutor(v2.Executor));
        Assert.Same(v2.Executor, app.Server.Executor);
        Assert.Equal("""{"data":{"version":2,"added":"new field"}}""", await app.PostAsync("{ version added }"));
        Assert.Equal("""{"data":{"__type":{"fields":[{"name":"version"},{"name":"slow"},{"name":"added"}]}}}""",
            await app.PostAsync("""{ __type(name: "Query") { fields { name } } }"""));

        Assert.False(inFlight.IsCompleted);
        v1.Release.SetResult();
        Assert.Equal("""{"data":{"slow":"slow from v1","version":1}}""", await inFlight.WaitAsync(Wait));
        Assert.False(v2.SlowStarted.Task.IsCompleted);
    }

    [Fact]
    public async Task Old_schema_fields_are_unknown_after_a_swap_that_removes_them()
    {
        var v1 = new SchemaVersion(1);
        var v2 = new SchemaVersion(2);
        await using var app = await SwapTestApp.StartAsync(v2);
        Assert.Contains("\"new field\"", await app.PostAsync("{ added }"));
        app.Server.SwapExecutor(v1.Executor);
        Assert.Contains("Cannot query field \\u0022added\\u0022 on type \\u0022Query\\u0022.", await app.PostAsync("{ added }"));
    }

    [Fact]
    public async Task WebSocket_operations_keep_their_executor_and_new_ones_use_the_new_one()
    {
        var v1 = new SchemaVersion(1);
        var v2 = new SchemaVersion(2);
        await using var app = await SwapTestApp.StartAsync(v1);
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(app.WebSocketUri);
        await client.SubscribeAsync("sub", "subscription { ticks }");
        await client.SubscribeAsync("query", "{ slow }");
        await v1.SlowStarted.Task.WaitAsync(Wait);
        v1.Ticks.Writer.TryWrite(1);
        Assert.Equal("""{"data":{"ticks":"tick 1 from v1"}}""", (await client.ReceiveAsync()).Payload());

        app.Server.SwapExecutor(v2.Executor);
        // The same connection: a new operation runs on the new schema.
        await client.SubscribeAsync("new", "{ version added }");
        var answer = await client.ReceiveAsync();
        Assert.Equal("new", answer.Id());
        Assert.Equal("""{"data":{"version":2,"added":"new field"}}""", answer.Payload());
        Assert.Equal("complete", (await client.ReceiveAsync()).Type());

        // The running subscription and query stay on the old executor.
        v1.Ticks.Writer.TryWrite(2);
        var tick = await client.ReceiveAsync();
        Assert.Equal(("sub", """{"data":{"ticks":"tick 2 from v1"}}"""), (tick.Id(), tick.Payload()));
        v1.Release.SetResult();
        var slow = await client.ReceiveAsync();
        Assert.Equal(("query", """{"data":{"slow":"slow from v1"}}"""), (slow.Id(), slow.Payload()));
        Assert.Equal("complete", (await client.ReceiveAsync()).Type());
        v1.Ticks.Writer.TryComplete();
        var done = await client.ReceiveAsync();
        Assert.Equal(("sub", "complete"), (done.Id(), done.Type()));
        Assert.False(v2.Ticks.Reader.Completion.IsCompleted);
    }

    [Fact]
    public async Task Sse_streams_keep_their_executor_and_new_ones_use_the_new_one()
    {
        var v1 = new SchemaVersion(1);
        var v2 = new SchemaVersion(2);
        await using var app = await SwapTestApp.StartAsync(v1);
        using var response = await app.Client.SendAsync(SseTestServer.EventStreamPost("""{"query":"subscription { ticks }"}"""),
            HttpCompletionOption.ResponseHeadersRead);
        await using var events = new SseStreamReader(await response.Content.ReadAsStreamAsync());
        v1.Ticks.Writer.TryWrite(1);
        Assert.Equal(new ServerSentEvent("next", """{"data":{"ticks":"tick 1 from v1"}}"""), await events.ReadAsync(Wait));

        app.Server.SwapExecutor(v2.Executor);
        using (var fresh = await app.Client.SendAsync(SseTestServer.EventStreamPost("""{"query":"{ version added }"}"""), HttpCompletionOption.ResponseHeadersRead))
        {
            await using var freshEvents = new SseStreamReader(await fresh.Content.ReadAsStreamAsync());
            Assert.Equal(new ServerSentEvent("next", """{"data":{"version":2,"added":"new field"}}"""), await freshEvents.ReadAsync(Wait));
        }
        v1.Ticks.Writer.TryWrite(2);
        Assert.Equal(new ServerSentEvent("next", """{"data":{"ticks":"tick 2 from v1"}}"""), await events.ReadAsync(Wait));
        v1.Ticks.Writer.TryComplete();
        Assert.Equal(new ServerSentEvent("complete", ""), await events.ReadAsync(Wait));
    }

    [Fact]
    public void Swapping_in_null_is_refused()
    {
        var server = new GraphQLServer(new SchemaVersion(1).Executor, Microsoft.Extensions.Options.Options.Create(new GraphQLServerOptions()));
        Assert.Throws<ArgumentNullException>(() => server.SwapExecutor(null!));
    }
}
