using System.Text.Json;

namespace Federation.GraphQL.AspNetCore.Tests.WebSockets;

public class OperationTests
{
    [Fact]
    public async Task Query_Gets_One_Next_Then_Complete()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(server.Uri);
        await client.SubscribeAsync("q", "{ hello }");
        Assert.Equal("""{"id":"q","type":"next","payload":{"data":{"hello":"world"}}}""", (await client.ReceiveAsync()).GetRawText());
        Assert.Equal("""{"id":"q","type":"complete"}""", (await client.ReceiveAsync()).GetRawText());
    }

    [Fact]
    public async Task Mutation_Over_The_Socket_Publishes_To_A_Topic_Another_Socket_Subscribes_To()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        await using var subscriber = await GraphQLWsTestClient.ConnectAndInitAsync(server.Uri);
        await subscriber.SubscribeAsync("s", "subscription { onMessage }");
        await Eventually.True(() => server.Bus.SubscriberCount("messages") == 1);

        await using var publisher = await GraphQLWsTestClient.ConnectAndInitAsync(server.Uri);
        await publisher.SubscribeAsync("m", "mutation($t: String!) { publish(text: $t) }", """{"t":"hi there"}""");
        Assert.Equal("""{"id":"m","type":"next","payload":{"data":{"publish":true}}}""", (await publisher.ReceiveAsync()).GetRawText());
        Assert.Equal("complete", (await publisher.ReceiveAsync()).Type());

        Assert.Equal("""{"id":"s","type":"next","payload":{"data":{"onMessage":"hi there"}}}""", (await subscriber.ReceiveAsync()).GetRawText());
    }

    [Fact]
    public async Task Validation_Errors_Are_Sent_As_An_Error_Message()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(server.Uri);
        await client.SubscribeAsync("bad", "{ nope }");
        var error = await client.ReceiveAsync();
        Assert.Equal("error", error.Type());
        Assert.Equal("bad", error.Id());
        var first = error.GetProperty("payload")[0];
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", first.GetProperty("message").GetString());
        Assert.True(first.TryGetProperty("locations", out _));
        // The error ended the operation: its id may be used again at once.
        await client.SubscribeAsync("bad", "{ hello }");
        Assert.Equal("next", (await client.ReceiveAsync()).Type());
    }

    [Fact]
    public async Task Syntax_Errors_Are_Sent_As_An_Error_Message()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(server.Uri);
        await client.SubscribeAsync("1", "{ hello");
        var error = await client.ReceiveAsync();
        Assert.Equal("error", error.Type());
        Assert.StartsWith("Syntax Error:", error.GetProperty("payload")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Variable_Coercion_Errors_Come_As_A_Result_Then_Complete()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(server.Uri);
        await client.SubscribeAsync("1", "subscription($n: Int!) { counter(to: $n) }", """{"n":"x"}""");
        var next = await client.ReceiveAsync();
        Assert.Equal("next", next.Type());
        Assert.Contains("$n", next.GetProperty("payload").GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("complete", (await client.ReceiveAsync()).Type());
    }

    [Fact]
    public async Task Subscription_Streams_Each_Event_Then_Completes()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(server.Uri);
        await client.SubscribeAsync("c", "subscription { counter(to: 3) }");
        var messages = await client.ReceiveUntilAsync(m => m.Type() == "complete");
        Assert.Equal(
            [
                """{"id":"c","type":"next","payload":{"data":{"counter":1}}}""",
                """{"id":"c","type":"next","payload":{"data":{"counter":2}}}""",
                """{"id":"c","type":"next","payload":{"data":{"counter":3}}}""",
                """{"id":"c","type":"complete"}""",
            ],
            messages.Select(m => m.GetRawText()));
    }

    [Fact]
    public async Task Several_Operations_Run_At_Once_On_One_Socket()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(server.Uri);
        await client.SubscribeAsync("m1", "subscription { onMessage }");
        await client.SubscribeAsync("m2", "subscription { onMessage }");
        await client.SubscribeAsync("c1", "subscription { counter(to: 5) }");
        await client.SubscribeAsync("c2", "subscription { counter(to: 5) }");
        await client.SubscribeAsync("q", "{ hello }");
        await Eventually.True(() => server.Bus.SubscriberCount("messages") == 2);
        await client.SubscribeAsync("p", """mutation { publish(text: "x") }""");

        var byId = new Dictionary<string, List<string>>();
        var completed = new HashSet<string>();
        while (!(completed.SetEquals(["c1", "c2", "q", "p"]) && byId.GetValueOrDefault("m1")?.Count == 1 && byId.GetValueOrDefault("m2")?.Count == 1))
        {
            var message = await client.ReceiveAsync();
            var id = message.Id()!;
            if (message.Type() == "complete") completed.Add(id);
            else (byId.TryGetValue(id, out var list) ? list : byId[id] = []).Add(message.Payload());
        }
        Assert.Equal(["""{"data":{"onMessage":"x"}}"""], byId["m1"]);
        Assert.Equal(["""{"data":{"onMessage":"x"}}"""], byId["m2"]);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $$$"""{"data":{"counter":{{{i}}}}}"""), byId["c1"]);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $$$"""{"data":{"counter":{{{i}}}}}"""), byId["c2"]);
        Assert.Equal(["""{"data":{"hello":"world"}}"""], byId["q"]);
    }

    [Fact]
    public async Task Client_Complete_Cancels_A_Running_Query_And_Its_Result_Is_Not_Sent()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(server.Uri);
        await client.SubscribeAsync("slow", "{ slow }");
        await server.SlowResolverStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await client.SendAsync("""{"id":"slow","type":"complete"}""");
        Assert.True(await server.SlowResolverCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        // Nothing was sent for "slow": the next message is the answer to a later query.
        await client.SubscribeAsync("after", "{ hello }");
        Assert.Equal("after", (await client.ReceiveAsync()).Id());
    }

    [Fact]
    public async Task Client_Complete_Disposes_The_Source_Stream_And_Frees_The_Id()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(server.Uri);
        await client.SubscribeAsync("s", "subscription { onMessage }");
        await Eventually.True(() => server.Bus.SubscriberCount("messages") == 1);
        await client.SendAsync("""{"id":"s","type":"complete"}""");
        await Eventually.True(() => server.Bus.SubscriberCount("messages") == 0);

        await client.SubscribeAsync("c", "subscription { counter(to: 1000) }");
        Assert.Equal("next", (await client.ReceiveAsync()).Type());
        await client.SendAsync("""{"id":"c","type":"complete"}""");
        await server.CounterDisposed.Task.WaitAsync(TimeSpan.FromSeconds(10));

        // Completing an unknown id is not an error; the id of a completed operation can be reused.
        await client.SendAsync("""{"id":"unknown","type":"complete"}""");
        await client.SubscribeAsync("s", "{ hello }");
        var next = await client.ReceiveUntilAsync(m => m.Id() == "s");
        Assert.Equal("""{"data":{"hello":"world"}}""", next[^1].Payload());
    }

    [Fact]
    public async Task Source_Stream_Failure_Ends_The_Operation_With_An_Error_Message()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(server.Uri);
        await client.SubscribeAsync("b", "subscription { boom }");
        Assert.Equal("""{"id":"b","type":"next","payload":{"data":{"boom":"first"}}}""", (await client.ReceiveAsync()).GetRawText());
        Assert.Equal("""{"id":"b","type":"error","payload":[{"message":"The source failed."}]}""", (await client.ReceiveAsync()).GetRawText());
    }

    [Fact]
    public async Task OnConnect_Payload_And_Context_Data_Reach_The_Resolvers()
    {
        await using var server = await WebSocketTestServer.StartAsync(o => o.OnConnect = ctx =>
        {
            ctx.ContextData["user"] = "ada";
            return ValueTask.FromResult(true);
        });
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(server.Uri, """{"token":"t-42"}""");
        await client.SubscribeAsync("1", "{ whoami }");
        Assert.Equal("""{"data":{"whoami":"ada/t-42"}}""", (await client.ReceiveAsync()).Payload());
        Assert.Equal("complete", (await client.ReceiveAsync()).Type());
        await client.SubscribeAsync("2", "{ whoami }");
        Assert.Equal("""{"data":{"whoami":"ada/t-42"}}""", (await client.ReceiveAsync()).Payload());
    }

    [Fact]
    public async Task Unknown_Operation_Name_Is_An_Error_Message()
    {
        await using var server = await WebSocketTestServer.StartAsync();
        await using var client = await GraphQLWsTestClient.ConnectAndInitAsync(server.Uri);
        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"query A { hello }","operationName":"B"}}""");
        var error = await client.ReceiveAsync();
        Assert.Equal("error", error.Type());
        Assert.Equal("Unknown operation named \"B\".", error.GetProperty("payload")[0].GetProperty("message").GetString());
    }
}
