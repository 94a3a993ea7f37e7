using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Federation.GraphQL.AspNetCore.Tests.Sse;

public class DistinctConnectionsModeTests
{
    [Fact]
    public async Task Query_Streams_One_Next_Event_Then_Complete()
    {
        await using var server = await SseTestServer.StartAsync();
        using var response = await server.SendStreamingAsync(SseTestServer.EventStreamPost("""{"query":"{ hello(name: \"sse\") }"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.True(response.Headers.CacheControl!.NoCache);
        await using var events = new SseStreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal(new ServerSentEvent("next", """{"data":{"hello":"Hello, sse!"}}"""), await events.ReadAsync());
        Assert.Equal(new ServerSentEvent("complete", ""), await events.ReadAsync());
        Assert.Null(await events.ReadAsync());
    }

    [Fact]
    public async Task Get_Query_With_Variables_Streams_Its_Result()
    {
        await using var server = await SseTestServer.StartAsync();
        var uri = "/graphql?query=" + Uri.EscapeDataString("query($n: String) { hello(name: $n) }")
            + "&variables=" + Uri.EscapeDataString("""{"n":"get"}""");
        using var response = await server.SendStreamingAsync(SseTestServer.EventStreamGet(uri));

        await using var events = new SseStreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal("""{"data":{"hello":"Hello, get!"}}""", (await events.ReadAsync())!.Data);
        Assert.Equal("complete", (await events.ReadAsync())!.Event);
    }

    [Fact]
    public async Task Mutation_Over_Post_Streams_Its_Result()
    {
        await using var server = await SseTestServer.StartAsync();
        using var response = await server.SendStreamingAsync(SseTestServer.EventStreamPost("""{"query":"mutation { add(a: 2, b: 3) }"}"""));

        await using var events = new SseStreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal("""{"data":{"add":5}}""", (await events.ReadAsync())!.Data);
        Assert.Equal("complete", (await events.ReadAsync())!.Event);
    }

    [Fact]
    public async Task Mutation_Over_Get_Is_Refused_With_405()
    {
        await using var server = await SseTestServer.StartAsync();
        using var response = await server.SendStreamingAsync(
            SseTestServer.EventStreamGet("/graphql?query=" + Uri.EscapeDataString("mutation { add(a: 1, b: 1) }")));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("""{"query":"{ nope }"}""", "Cannot query field \"nope\" on type \"Query\".")]
    [InlineData("""{"query":"{ hello("}""", "Syntax Error")]
    [InlineData("""{"variables":{}}""", "Missing query")]
    [InlineData("""[1]""", "JSON object")]
    public async Task Request_Errors_Are_A_Next_Event_On_An_Accepted_Stream(string body, string message)
    {
        await using var server = await SseTestServer.StartAsync();
        using var response = await server.SendStreamingAsync(SseTestServer.EventStreamPost(body));

        // graphql-sse PROTOCOL.md: validation errors are reported through the accepted stream, not with a 400.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var events = new SseStreamReader(await response.Content.ReadAsStreamAsync());
        var next = (await events.ReadAsync())!;
        Assert.Equal("next", next.Event);
        using var json = JsonDocument.Parse(next.Data);
        Assert.False(json.RootElement.TryGetProperty("data", out _));
        Assert.Contains(message, json.RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("complete", (await events.ReadAsync())!.Event);
        Assert.Null(await events.ReadAsync());
    }

    [Fact]
    public async Task Subscription_Streams_A_Next_Event_Per_Published_Message()
    {
        await using var server = await SseTestServer.StartAsync();
        using var response = await server.SendStreamingAsync(
            SseTestServer.EventStreamPost("""{"query":"subscription { messageAdded(room: \"a\") }"}"""));
        await using var events = new SseStreamReader(await response.Content.ReadAsStreamAsync());
        await SseTestServer.WaitUntilAsync(() => server.Bus.SubscriberCount("room:a") == 1, "the subscription listens");

        await server.Bus.SendAsync("room:a", "first");
        await server.Bus.SendAsync("room:a", "second");
        await server.Bus.CompleteAsync("room:a");

        Assert.Equal(new ServerSentEvent("next", """{"data":{"messageAdded":"first"}}"""), await events.ReadAsync());
        Assert.Equal(new ServerSentEvent("next", """{"data":{"messageAdded":"second"}}"""), await events.ReadAsync());
        Assert.Equal(new ServerSentEvent("complete", ""), await events.ReadAsync());
        Assert.Null(await events.ReadAsync());
    }

    [Fact]
    public async Task Client_Disconnect_Disposes_The_Subscription_And_The_Server_Still_Answers()
    {
        await using var server = await SseTestServer.StartAsync();
        var response = await server.SendStreamingAsync(
            SseTestServer.EventStreamPost("""{"query":"subscription { messageAdded(room: \"gone\") }"}"""));
        var events = new SseStreamReader(await response.Content.ReadAsStreamAsync());
        await SseTestServer.WaitUntilAsync(() => server.Bus.SubscriberCount("room:gone") == 1, "the subscription listens");
        await server.Bus.SendAsync("room:gone", "hi");
        Assert.Equal("next", (await events.ReadAsync())!.Event);

        await events.DisposeAsync();
        response.Dispose();

        await SseTestServer.WaitUntilAsync(() => server.Bus.SubscriberCount("room:gone") == 0, "the server unsubscribes");
        using var after = await server.SendStreamingAsync(SseTestServer.EventStreamPost("""{"query":"{ hello }"}"""));
        await using var afterEvents = new SseStreamReader(await after.Content.ReadAsStreamAsync());
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", (await afterEvents.ReadAsync())!.Data);
    }

    [Fact]
    public async Task Client_Disconnect_Disposes_A_Plain_Async_Enumerable_Source()
    {
        await using var server = await SseTestServer.StartAsync();
        var response = await server.SendStreamingAsync(SseTestServer.EventStreamPost("""{"query":"subscription { ticks(count: 2) }"}"""));
        var events = new SseStreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal("""{"data":{"ticks":1}}""", (await events.ReadAsync())!.Data);
        Assert.Equal("""{"data":{"ticks":2}}""", (await events.ReadAsync())!.Data);
        var source = Assert.Single(server.Ticks);
        Assert.False(source.Disposed.IsCompleted);

        await events.DisposeAsync();
        response.Dispose();

        await source.Disposed.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Client_Too_Far_Behind_Ends_The_Subscription_In_Complete_Mode()
    {
        await using var server = await SseTestServer.StartAsync(o =>
        {
            o.SubscriptionBuffer.Capacity = 1;
            o.SubscriptionBuffer.FullMode = Federation.GraphQL.Subscriptions.BufferFullMode.Complete;
        });
        using var response = await server.SendStreamingAsync(SseTestServer.EventStreamPost("""{"query":"subscription { ticks(count: 200000) }"}"""));
        await Task.Delay(300); // not reading: the socket fills, then the operation's buffer
        await using var events = new SseStreamReader(await response.Content.ReadAsStreamAsync());

        ServerSentEvent? e;
        var ticks = 0;
        while ((e = await events.ReadAsync()) is { Event: "next" } && e.Data.StartsWith("""{"data":""", StringComparison.Ordinal)) ticks++;
        Assert.True(ticks < 200000, "some ticks were never sent");
        Assert.NotNull(e);
        using var error = JsonDocument.Parse(e.Data);
        Assert.Equal("SUBSCRIPTION_BUFFER_FULL", error.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("complete", (await events.ReadAsync())!.Event);
        await Assert.Single(server.Ticks).Disposed.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Idle_Stream_Gets_Keep_Alive_Comments()
    {
        await using var server = await SseTestServer.StartAsync(sse: o => o.KeepAliveInterval = TimeSpan.FromMilliseconds(50));
        using var response = await server.SendStreamingAsync(
            SseTestServer.EventStreamPost("""{"query":"subscription { messageAdded(room: \"quiet\") }"}"""));
        await using var events = new SseStreamReader(await response.Content.ReadAsStreamAsync());

        // The first comment is written at once (it sends the headers); the others are the keep-alives.
        await events.WaitForCommentsAsync(3);
    }

    [Fact]
    public async Task OnConnect_Refusal_Answers_403_And_Its_Context_Data_Reaches_Resolvers()
    {
        await using var server = await SseTestServer.StartAsync(o => o.OnConnect = c =>
        {
            if (c.HttpContext.Request.Headers.Authorization.Count == 0) return ValueTask.FromResult(false);
            c.ContextData["user"] = c.HttpContext.Request.Headers.Authorization.ToString();
            return ValueTask.FromResult(true);
        });
        using (var refused = await server.SendStreamingAsync(SseTestServer.EventStreamPost("""{"query":"subscription { whoami }"}""")))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var request = SseTestServer.EventStreamPost("""{"query":"subscription { whoami }"}""");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer ada");
        using var response = await server.SendStreamingAsync(request);
        await using var events = new SseStreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal("""{"data":{"whoami":"Bearer ada"}}""", (await events.ReadAsync())!.Data);
    }

    [Theory]
    [InlineData("GET", "application/json", null, false)]
    [InlineData("POST", "application/graphql-response+json, application/json", null, false)]
    [InlineData("POST", null, null, false)]
    [InlineData("GET", "text/event-stream", null, true)]
    [InlineData("POST", "text/event-stream", null, true)]
    [InlineData("PUT", "*/*", null, true)]
    [InlineData("DELETE", null, "?operationId=1", true)]
    [InlineData("DELETE", null, null, false)]
    [InlineData("POST", "application/json", "?token=abc", true)]
    public void IsSseRequest_Claims_Only_What_Graphql_Over_Http_Does_Not_Use(string method, string? accept, string? query, bool expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        if (accept is not null) context.Request.Headers.Accept = accept;
        if (query is not null) context.Request.QueryString = new QueryString(query);
        Assert.Equal(expected, GraphQLSseHandler.IsSseRequest(context));
    }

    [Fact]
    public void IsSseRequest_Leaves_A_Put_With_A_Body_To_Graphql_Over_Http()
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "PUT";
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = 20;
        Assert.False(GraphQLSseHandler.IsSseRequest(context));
    }

    [Fact]
    public void IsSseRequest_Claims_Requests_With_A_Token_Header()
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Headers["X-GraphQL-Event-Stream-Token"] = "abc";
        Assert.True(GraphQLSseHandler.IsSseRequest(context));
    }
}
