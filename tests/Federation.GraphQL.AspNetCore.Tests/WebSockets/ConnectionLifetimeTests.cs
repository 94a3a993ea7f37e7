using Federation.GraphQL.Subscriptions;

namespace Federation.GraphQL.AspNetCore.Tests.WebSockets;

public class ConnectionLifetimeTests
{
    [Fact]
    public async Task Vanished_Client_Ends_Its_Operations_And_Releases_Their_Sources()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        var client = await GraphQLWsTestClient.ConnectAndInitAsync(server.Uri);
        await client.SubscribeAsync("1", "subscription { onMessage }");
        await client.SubscribeAsync("2", "subscription { onMessage }");
        await client.SubscribeAsync("3", "subscription { counter(to: 100000) }");
        await client.SubscribeAsync("4", "{ slow }");
        await Eventually.True(() => server.Bus.SubscriberCount("messages") == 2);
        await server.SlowResolverStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("next", (await client.ReceiveAsync()).Type());

        client.Socket.Abort(); // no close frame: the TCP connection just goes away
        await client.DisposeAsync();

        await Eventually.True(() => server.Bus.SubscriberCount("messages") == 0);
        await server.CounterDisposed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(await server.SlowResolverCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10)));

        // The server still serves new clients, and events published now go nowhere.
        await server.Bus.SendAsync("messages", "nobody listens");
        await using var next = await GraphQLWsTestClient.ConnectAndInitAsync(server.Uri);
        await next.SubscribeAsync("q", "{ hello }");
        Assert.Equal("""{"data":{"hello":"world"}}""", (await next.ReceiveAsync()).Payload());
    }

    [Theory]
    [InlineData(BufferFullMode.DropOldest)]
    [InlineData(BufferFullMode.DropNewest)]
    [InlineData(BufferFullMode.Complete)]
    public async Task Slow_Reader_Gets_What_The_Buffer_Mode_Keeps(BufferFullMode mode)
    {
        const int events = 300;
        await using var server = await WebSocketTestServer.StartAsync(o =>
        {
            o.SubscriptionBuffer.Capacity = 4;
            o.SubscriptionBuffer.FullMode = mode;
        });
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(server.Uri);
        await client.SubscribeAsync("b", "subscription { blob }");
        await Eventually.True(() => server.Bus.SubscriberCount("blobs") == 1);

        // The client reads nothing while 300 events of 64 KB (far more than the socket buffers hold) are published.
        var padding = new string('x', 64 * 1024);
        for (var i = 0; i < events; i++)
        {
            await server.Bus.SendAsync("blobs", $"{i}:{padding}");
            if (i % 8 == 7) await Task.Delay(1); // let the operation keep up with the bus, so the socket's bound is what applies
        }
        await Task.Delay(200);
        await server.Bus.CompleteAsync("blobs");

        var messages = await client.ReceiveUntilAsync(m => m.Type() is "complete" or "error");
        var received = messages.Where(m => m.Type() == "next")
            .Select(m => int.Parse(m.GetProperty("payload").GetProperty("data").GetProperty("blob").GetString()!.Split(':')[0]))
            .ToList();
        Assert.InRange(received.Count, 1, events - 1);
        Assert.Equal(received.Order(), received); // never out of order
        switch (mode)
        {
            case BufferFullMode.DropOldest:
                Assert.Equal("complete", messages[^1].Type());
                Assert.Equal(events - 1, received[^1]);
                break;
            case BufferFullMode.DropNewest:
                Assert.Equal("complete", messages[^1].Type());
                Assert.Equal(0, received[0]);
                Assert.DoesNotContain(events - 1, received);
                break;
            default:
                Assert.Equal("error", messages[^1].Type());
                Assert.Equal("SUBSCRIPTION_BUFFER_FULL",
                    messages[^1].GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
                Assert.Equal(0, received[0]);
                await Eventually.True(() => server.Bus.SubscriberCount("blobs") == 0);
                break;
        }
    }
}
