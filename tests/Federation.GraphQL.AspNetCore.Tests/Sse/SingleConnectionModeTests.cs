using System.Net;
using System.Text.Json;

namespace Federation.GraphQL.AspNetCore.Tests.Sse;

public class SingleConnectionModeTests
{
    private const string TokenHeader = "X-GraphQL-Event-Stream-Token";

    private static async Task<string> ReserveAsync(SseTestServer server)
    {
        using var response = await server.Client.PutAsync("/graphql", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var token = await response.Content.ReadAsStringAsync();
        Assert.False(string.IsNullOrWhiteSpace(token));
        return token;
    }

    private static async Task<(HttpResponseMessage Response, SseStreamReader Events)> OpenStreamAsync(SseTestServer server, string token)
    {
        var response = await server.SendStreamingAsync(SseTestServer.EventStreamGet("/graphql", token));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        return (response, new SseStreamReader(await response.Content.ReadAsStreamAsync()));
    }

    private static Task<HttpResponseMessage> PostOperationAsync(SseTestServer server, string token, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = SseTestServer.Json(json) };
        request.Headers.Add(TokenHeader, token);
        return server.Client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> DeleteOperationAsync(SseTestServer server, string? token, string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, "/graphql" + query);
        if (token is not null) request.Headers.Add(TokenHeader, token);
        return server.Client.SendAsync(request);
    }

    private static async Task<string> ErrorMessageAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("errors")[0].GetProperty("message").GetString()!;
    }

    [Fact]
    public async Task Query_Is_Accepted_And_Its_Events_Carry_The_Operation_Id()
    {
        await using var server = await SseTestServer.StartAsync();
        var token = await ReserveAsync(server);
        var (stream, events) = await OpenStreamAsync(server, token);
        using var _ = stream;
        await using var __ = events;

        using var accepted = await PostOperationAsync(server, token, """{"query":"{ hello(name: \"one\") }","extensions":{"operationId":"q1"}}""");
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);

        Assert.Equal(new ServerSentEvent("next", """{"id":"q1","payload":{"data":{"hello":"Hello, one!"}}}"""), await events.ReadAsync());
        Assert.Equal(new ServerSentEvent("complete", """{"id":"q1"}"""), await events.ReadAsync());
    }

    [Fact]
    public async Task Stream_Opens_With_The_Token_Search_Parameter_And_Gets_Events_Queued_Before_It()
    {
        await using var server = await SseTestServer.StartAsync();
        var token = await ReserveAsync(server);
        using (var accepted = await PostOperationAsync(server, token, """{"query":"mutation { add(a: 40, b: 2) }","extensions":{"operationId":"m"}}"""))
        {
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        }

        using var stream = await server.SendStreamingAsync(SseTestServer.EventStreamGet("/graphql?token=" + Uri.EscapeDataString(token)));
        Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
        await using var events = new SseStreamReader(await stream.Content.ReadAsStreamAsync());
        Assert.Equal("""{"id":"m","payload":{"data":{"add":42}}}""", (await events.ReadAsync())!.Data);
        Assert.Equal("""{"id":"m"}""", (await events.ReadAsync())!.Data);
    }

    [Fact]
    public async Task Subscriptions_Share_The_Stream_And_Delete_Stops_One()
    {
        await using var server = await SseTestServer.StartAsync();
        var token = await ReserveAsync(server);
        var (stream, events) = await OpenStreamAsync(server, token);
        using var _ = stream;
        await using var __ = events;

        (await PostOperationAsync(server, token, """{"query":"subscription { messageAdded(room: \"x\") }","extensions":{"operationId":"s1"}}""")).Dispose();
        (await PostOperationAsync(server, token, """{"query":"subscription { messageAdded(room: \"y\") }","extensions":{"operationId":"s2"}}""")).Dispose();
        await SseTestServer.WaitUntilAsync(() => server.Bus.SubscriberCount("room:x") == 1 && server.Bus.SubscriberCount("room:y") == 1, "both listen");

        await server.Bus.SendAsync("room:x", "to x");
        Assert.Equal("""{"id":"s1","payload":{"data":{"messageAdded":"to x"}}}""", (await events.ReadAsync())!.Data);
        await server.Bus.SendAsync("room:y", "to y");
        Assert.Equal("""{"id":"s2","payload":{"data":{"messageAdded":"to y"}}}""", (await events.ReadAsync())!.Data);

        using (var deleted = await DeleteOperationAsync(server, token, "?operationId=s1"))
        {
            Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        }
        await SseTestServer.WaitUntilAsync(() => server.Bus.SubscriberCount("room:x") == 0, "s1 is disposed");
        Assert.Equal(1, server.Bus.SubscriberCount("room:y"));

        await server.Bus.CompleteAsync("room:y");
        Assert.Equal(new ServerSentEvent("complete", """{"id":"s2"}"""), await events.ReadAsync());
    }

    [Fact]
    public async Task Unknown_Tokens_Are_Not_Found()
    {
        await using var server = await SseTestServer.StartAsync();
        using var stream = await server.SendStreamingAsync(SseTestServer.EventStreamGet("/graphql", "no-such-token"));
        Assert.Equal(HttpStatusCode.NotFound, stream.StatusCode);
        Assert.Equal("Stream not found", await ErrorMessageAsync(stream));

        using var post = await PostOperationAsync(server, "no-such-token", """{"query":"{ hello }","extensions":{"operationId":"1"}}""");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);

        using var delete = await DeleteOperationAsync(server, "no-such-token", "?operationId=1");
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);

        using var noToken = await DeleteOperationAsync(server, null, "?operationId=1");
        Assert.Equal(HttpStatusCode.NotFound, noToken.StatusCode);
    }

    [Fact]
    public async Task Second_Stream_For_One_Reservation_Is_A_Conflict()
    {
        await using var server = await SseTestServer.StartAsync();
        var token = await ReserveAsync(server);
        var (stream, events) = await OpenStreamAsync(server, token);
        using var _ = stream;
        await using var __ = events;

        using var second = await server.SendStreamingAsync(SseTestServer.EventStreamGet("/graphql", token));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("Stream already open", await ErrorMessageAsync(second));
    }

    [Fact]
    public async Task Operation_Requests_Are_Checked_Before_They_Are_Accepted()
    {
        await using var server = await SseTestServer.StartAsync();
        var token = await ReserveAsync(server);

        using var noId = await PostOperationAsync(server, token, """{"query":"{ hello }"}""");
        Assert.Equal(HttpStatusCode.BadRequest, noId.StatusCode);
        Assert.Equal("Operation ID is missing", await ErrorMessageAsync(noId));

        using var invalid = await PostOperationAsync(server, token, """{"query":"{ nope }","extensions":{"operationId":"v"}}""");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", await ErrorMessageAsync(invalid));

        (await PostOperationAsync(server, token, """{"query":"subscription { ticks(count: 0) }","extensions":{"operationId":"t"}}""")).Dispose();
        using var duplicate = await PostOperationAsync(server, token, """{"query":"{ hello }","extensions":{"operationId":"t"}}""");
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);

        using var unknownOperation = await DeleteOperationAsync(server, token, "?operationId=never-started");
        Assert.Equal(HttpStatusCode.NotFound, unknownOperation.StatusCode);
        using var missingOperation = await DeleteOperationAsync(server, token, "");
        Assert.Equal(HttpStatusCode.BadRequest, missingOperation.StatusCode);
    }

    [Fact]
    public async Task Closing_The_Stream_Stops_Its_Operations_And_Ends_The_Reservation()
    {
        await using var server = await SseTestServer.StartAsync();
        var token = await ReserveAsync(server);
        var (stream, events) = await OpenStreamAsync(server, token);
        (await PostOperationAsync(server, token, """{"query":"subscription { messageAdded(room: \"z\") }","extensions":{"operationId":"s"}}""")).Dispose();
        (await PostOperationAsync(server, token, """{"query":"subscription { ticks(count: 1) }","extensions":{"operationId":"t"}}""")).Dispose();
        await SseTestServer.WaitUntilAsync(() => server.Bus.SubscriberCount("room:z") == 1, "the subscription listens");
        Assert.Contains("\"ticks\":1", (await events.ReadAsync())!.Data);

        await events.DisposeAsync();
        stream.Dispose();

        await SseTestServer.WaitUntilAsync(() => server.Bus.SubscriberCount("room:z") == 0, "the subscription is disposed");
        await Assert.Single(server.Ticks).Disposed.WaitAsync(TimeSpan.FromSeconds(10));
        using var post = await PostOperationAsync(server, token, """{"query":"{ hello }","extensions":{"operationId":"late"}}""");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);

        // The server still serves new reservations.
        var next = await ReserveAsync(server);
        var (again, againEvents) = await OpenStreamAsync(server, next);
        using var _ = again;
        await using var __ = againEvents;
        (await PostOperationAsync(server, next, """{"query":"{ hello }","extensions":{"operationId":"q"}}""")).Dispose();
        Assert.Equal("""{"id":"q","payload":{"data":{"hello":"Hello, world!"}}}""", (await againEvents.ReadAsync())!.Data);
    }

    [Fact]
    public async Task Unopened_Reservation_Expires()
    {
        await using var server = await SseTestServer.StartAsync(sse: o => o.ReservationTimeout = TimeSpan.FromMilliseconds(100));
        var token = await ReserveAsync(server);
        await Task.Delay(400);

        using var stream = await server.SendStreamingAsync(SseTestServer.EventStreamGet("/graphql", token));
        Assert.Equal(HttpStatusCode.NotFound, stream.StatusCode);
    }

    [Fact]
    public async Task Reservations_Are_Bounded()
    {
        await using var server = await SseTestServer.StartAsync(sse: o => o.MaxReservations = 1);
        await ReserveAsync(server);

        using var refused = await server.Client.PutAsync("/graphql", null);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
    }

    [Fact]
    public async Task OnConnect_Runs_For_The_Reservation()
    {
        await using var server = await SseTestServer.StartAsync(o => o.OnConnect = c =>
        {
            c.ContextData["user"] = "ada";
            return ValueTask.FromResult(c.HttpContext.Request.Headers.ContainsKey("X-Allowed"));
        });
        using (var refused = await server.Client.PutAsync("/graphql", null))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var put = new HttpRequestMessage(HttpMethod.Put, "/graphql");
        put.Headers.Add("X-Allowed", "yes");
        using var reserved = await server.Client.SendAsync(put);
        var token = await reserved.Content.ReadAsStringAsync();
        var (stream, events) = await OpenStreamAsync(server, token);
        using var _ = stream;
        await using var __ = events;
        (await PostOperationAsync(server, token, """{"query":"subscription { whoami }","extensions":{"operationId":"w"}}""")).Dispose();
        Assert.Equal("""{"id":"w","payload":{"data":{"whoami":"ada"}}}""", (await events.ReadAsync())!.Data);
    }

    [Fact]
    public async Task Stopping_The_Application_Ends_Open_Streams_Of_Both_Modes_At_Once()
    {
        await using var server = await SseTestServer.StartAsync();
        var token = await ReserveAsync(server);
        var (single, singleEvents) = await OpenStreamAsync(server, token);
        using var _ = single;
        await using var __ = singleEvents;
        (await PostOperationAsync(server, token, """{"query":"subscription { messageAdded(room: \"s\") }","extensions":{"operationId":"s"}}""")).Dispose();
        using var distinct = await server.SendStreamingAsync(
            SseTestServer.EventStreamPost("""{"query":"subscription { messageAdded(room: \"d\") }"}"""));
        await using var distinctEvents = new SseStreamReader(await distinct.Content.ReadAsStreamAsync());
        await SseTestServer.WaitUntilAsync(() => server.Bus.SubscriberCount("room:s") == 1 && server.Bus.SubscriberCount("room:d") == 1, "both listen");

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        await server.StopApplicationAsync();

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"stopping took {stopwatch.Elapsed}");
        Assert.Null(await singleEvents.ReadAsync());
        Assert.Null(await distinctEvents.ReadAsync());
        Assert.Equal(0, server.Bus.SubscriberCount("room:s"));
        Assert.Equal(0, server.Bus.SubscriberCount("room:d"));
    }
}
