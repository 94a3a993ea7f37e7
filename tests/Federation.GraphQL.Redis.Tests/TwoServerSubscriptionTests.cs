using System.Net;

namespace Federation.GraphQL.Redis.Tests;

/// <summary>
/// Two GraphQL server instances share the Redis event bus: a client subscribed on one receives the event that a
/// mutation sent through the other (the way a user scales the gateway or a subgraph out).
/// </summary>
public class TwoServerSubscriptionTests
{
    [Fact]
    public async Task Subscriber_On_One_Server_Receives_A_Mutation_Made_On_The_Other()
    {
        var prefix = RedisTestServer.Key("servers") + ":";
        await using var serverA = await TestGraphQLServer.StartAsync(RedisTestServer.Shared, prefix);
        await using var serverB = await TestGraphQLServer.StartAsync(RedisTestServer.Shared, prefix);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

        await using var subscription = await SseSubscription.OpenAsync(client, serverA.Address, "lobby");
        // Mutate on B until the event shows up on A (the Redis subscription may still be settling at first).
        var sent = 0;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        string? data = null;
        while (data is null)
        {
            Assert.True(DateTime.UtcNow < deadline, "no event reached server A");
            Assert.Contains($"\"text\":\"hello {++sent}\"", await serverB.PostAsync(client, "lobby", $"hello {sent}"));
            data = await subscription.NextAsync(TimeSpan.FromMilliseconds(300));
        }

        Assert.StartsWith("{\"data\":{\"onMessage\":{\"room\":\"lobby\",\"text\":\"hello ", data);
        Assert.Equal(0, serverA.InMemorySubscribers("messages:lobby")); // it went through Redis
        using var ready = await client.GetAsync(new Uri(serverA.Address, "/health/ready"));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task The_Builder_One_Liner_Wires_The_Bus()
    {
        var prefix = RedisTestServer.Key("builder") + ":";
        await using var serverA = await TestGraphQLServer.StartAsync(RedisTestServer.Shared, prefix, onBuilder: true);
        await using var serverB = await TestGraphQLServer.StartAsync(RedisTestServer.Shared, prefix, onBuilder: true);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        await using var subscription = await SseSubscription.OpenAsync(client, serverB.Address, "r");
        string? data = null;
        for (var i = 0; data is null && i < 50; i++)
        {
            await serverA.PostAsync(client, "r", "via builder");
            data = await subscription.NextAsync(TimeSpan.FromMilliseconds(300));
        }
        Assert.Equal("{\"data\":{\"onMessage\":{\"room\":\"r\",\"text\":\"via builder\"}}}", data);
    }
}
