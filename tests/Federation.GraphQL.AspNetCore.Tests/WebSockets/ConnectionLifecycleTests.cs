namespace Federation.GraphQL.AspNetCore.Tests.WebSockets;

public class ConnectionLifecycleTests
{
    [Fact]
    public async Task Client_Without_The_Subprotocol_Is_Closed_With_4406()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        await using var client = await GraphQLWsTestClient.ConnectAsync(server.Uri, subProtocol: null);
        Assert.Equal((4406, "Subprotocol not acceptable"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Client_Offering_Another_Subprotocol_Is_Closed_With_4406()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        await using var client = await GraphQLWsTestClient.ConnectAsync(server.Uri, subProtocol: "graphql-ws");
        Assert.Equal((4406, "Subprotocol not acceptable"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Server_Selects_The_Subprotocol_And_Acknowledges_Init()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(server.Uri);
        Assert.Equal("graphql-transport-ws", client.Socket.SubProtocol);
    }

    [Fact]
    public async Task No_ConnectionInit_Within_The_Timeout_Closes_With_4408()
    {
        await using var server = await WebSocketTestServer.StartAsync(o => o.ConnectionInitTimeout = TimeSpan.FromMilliseconds(200));
        await using var client = await GraphQLWsTestClient.ConnectAsync(server.Uri);
        Assert.Equal((4408, "Connection initialisation timeout"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task ConnectionInit_In_Time_Is_Not_Closed_By_The_Timeout()
    {
        await using var server = await WebSocketTestServer.StartAsync(o => o.ConnectionInitTimeout = TimeSpan.FromMilliseconds(200));
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(server.Uri);
        await Task.Delay(400);
        await client.SendAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (await client.ReceiveAsync()).Type());
    }

    [Fact]
    public async Task Second_ConnectionInit_Closes_With_4429()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(server.Uri);
        await client.SendAsync("""{"type":"connection_init"}""");
        Assert.Equal((4429, "Too many initialisation requests"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task OnConnect_Refusal_Closes_With_4403()
    {
        await using var server = await WebSocketTestServer.StartAsync(o => o.OnConnect = ctx =>
            ValueTask.FromResult(ctx.Payload is { } p && p.TryGetValue("token", out var t) && (string?)t == "secret"));
        await using var refused = await GraphQLWsTestClient.ConnectAsync(server.Uri);
        await refused.SendAsync("""{"type":"connection_init","payload":{"token":"wrong"}}""");
        Assert.Equal((4403, "Forbidden"), await refused.ReceiveCloseAsync());

        await using var accepted = await GraphQLWsTestClient.ConnectAndInitAsync(server.Uri, """{"token":"secret"}""");
    }

    [Fact]
    public async Task ConnectionAck_Carries_The_Payload_Set_By_OnConnect()
    {
        await using var server = await WebSocketTestServer.StartAsync(o => o.OnConnect = ctx =>
        {
            ctx.AcknowledgementPayload = new Dictionary<string, object?> { ["server"] = "federation" };
            return ValueTask.FromResult(true);
        });
        await using var client = await GraphQLWsTestClient.ConnectAsync(server.Uri);
        await client.SendAsync("""{"type":"connection_init"}""");
        var ack = await client.ReceiveAsync();
        Assert.Equal("""{"type":"connection_ack","payload":{"server":"federation"}}""", ack.GetRawText());
    }

    [Fact]
    public async Task Subscribe_Before_Ack_Closes_With_4401()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        await using var client = await GraphQLWsTestClient.ConnectAsync(server.Uri);
        await client.SubscribeAsync("1", "{ hello }");
        Assert.Equal((4401, "Unauthorized"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Subscribe_With_An_Active_Id_Closes_With_4409()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(server.Uri);
        await client.SubscribeAsync("dup", "subscription { onMessage }");
        await client.SubscribeAsync("dup", "subscription { onMessage }");
        Assert.Equal((4409, "Subscriber for dup already exists"), await client.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("not json", "Invalid message received")]
    [InlineData("[1]", "Message is expected to be an object, but got array")]
    [InlineData("""{"id":"1"}""", "Message is missing the 'type' property")]
    [InlineData("""{"type":"unknown"}""", "Invalid message 'type' property \"unknown\"")]
    [InlineData("""{"type":"subscribe","id":1,"payload":{"query":"{hello}"}}""", "\"subscribe\" message expects the 'id' property to be a string, but got number")]
    [InlineData("""{"type":"subscribe","id":"","payload":{"query":"{hello}"}}""", "\"subscribe\" message requires a non-empty 'id' property")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":1}}""", "\"subscribe\" message payload expects the 'query' property to be a string, but got number")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":"{hello}","variables":[]}}""", "\"subscribe\" message payload expects the 'variables' property to be a an object or nullish or missing, but got array")]
    [InlineData("""{"type":"next","id":"1","payload":{}}""", "Unexpected message of type next received")]
    [InlineData("""{"type":"ping","payload":"x"}""", "\"ping\" message expects the 'payload' property to be an object or nullish or missing, but got \"x\"")]
    public async Task Invalid_Message_Closes_With_4400_And_A_Reason(string message, string reason)
    {
        await using var server = await WebSocketTestServer.StartAsync();
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(server.Uri);
        await client.SendAsync(message);
        Assert.Equal((4400, reason), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Message_Over_The_Size_Limit_Closes_With_1009()
    {
        await using var server = await WebSocketTestServer.StartAsync(o => o.MaxWebSocketMessageBytes = 1024);
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(server.Uri);
        await client.SubscribeAsync("1", "{ hello " + new string(' ', 2000) + "}");
        Assert.Equal((1009, "Message too big"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Ping_Is_Answered_With_Pong_Echoing_The_Payload()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(server.Uri);
        await client.SendAsync("""{"type":"ping","payload":{"n":1}}""");
        Assert.Equal("""{"type":"pong","payload":{"n":1}}""", (await client.ReceiveAsync()).GetRawText());
        await client.SendAsync("""{"type":"ping"}""");
        Assert.Equal("""{"type":"pong"}""", (await client.ReceiveAsync()).GetRawText());
    }

    [Fact]
    public async Task Ping_Before_Init_Is_Answered()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        await using var client = await GraphQLWsTestClient.ConnectAsync(server.Uri);
        await client.SendAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (await client.ReceiveAsync()).Type());
    }

    [Fact]
    public async Task Server_Pings_Every_KeepAliveInterval_And_Ignores_Pongs()
    {
        await using var server = await WebSocketTestServer.StartAsync(o => o.KeepAliveInterval = TimeSpan.FromMilliseconds(100));
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(server.Uri);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal("""{"type":"ping"}""", (await client.ReceiveAsync()).GetRawText());
            await client.SendAsync("""{"type":"pong"}""");
        }
    }

    [Fact]
    public async Task Client_Close_Is_Answered_And_Ends_The_Connection()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(server.Uri);
        await client.SubscribeAsync("1", "subscription { onMessage }");
        await Eventually.True(() => server.Bus.SubscriberCount("messages") == 1);
        await client.CloseAsync();
        Assert.Equal(System.Net.WebSockets.WebSocketState.Closed, client.Socket.State);
        await Eventually.True(() => server.Bus.SubscriberCount("messages") == 0);
    }

    [Fact]
    public async Task Application_Stop_Closes_Open_Sockets_With_1001()
    {
        var server = await WebSocketTestServer.StartAsync();
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(server.Uri);
        await client.SubscribeAsync("1", "subscription { onMessage }");
        await Eventually.True(() => server.Bus.SubscriberCount("messages") == 1);
        var stopping = server.StopAsync();
        var (code, _) = await client.ReceiveCloseAsync();
        Assert.Equal(1001, code);
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, server.Bus.SubscriberCount("messages"));
        await server.DisposeAsync();
    }
}

internal static class Eventually
{
    public static async Task True(Func<bool> condition, int timeoutMs = 10_000)
    {
        var deadline = Environment.TickCount64 + timeoutMs;
        while (!condition())
        {
            if (Environment.TickCount64 > deadline) Assert.Fail("The condition did not become true in time.");
            await Task.Delay(10);
        }
    }
}
