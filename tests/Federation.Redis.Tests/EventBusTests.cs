using Federation.GraphQL.Subscriptions;
using Federation.Redis.Connections;
using Federation.Redis.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Redis.Tests;

public class EventBusTests
{
    public sealed record ReviewAdded(string Product, int Stars);

    private static RedisEventBus Bus(Action<RedisSubscriptionOptions>? configure = null, string? prefix = null)
    {
        var options = new RedisSubscriptionOptions { ChannelPrefix = prefix ?? RedisTestServer.Key("bus") + ":" };
        configure?.Invoke(options);
        return new RedisEventBus(RedisConnectionOptions.Parse(RedisTestServer.Shared), options);
    }

    [Fact]
    public async Task Event_Sent_On_One_Instance_Reaches_A_Subscriber_On_Another()
    {
        var prefix = RedisTestServer.Key("bus") + ":";
        await using var serverA = Bus(prefix: prefix); // two instances, each with its own connections
        await using var serverB = Bus(prefix: prefix);
        await using var stream = await serverA.SubscribeAsync<ReviewAdded>("reviews");
        await serverB.SendAsync("reviews", new ReviewAdded("table", 5));
        await serverB.SendAsync("reviews", new ReviewAdded("chair", 3));
        await serverB.SendAsync("other-topic", new ReviewAdded("lamp", 1));
        await serverB.CompleteAsync("reviews");
        var received = await ReadAll(stream);
        Assert.Equal([new ReviewAdded("table", 5), new ReviewAdded("chair", 3)], received);
    }

    [Fact]
    public async Task Messages_Travel_As_Json_On_A_Prefixed_Channel()
    {
        var prefix = RedisTestServer.Key("bus") + ":";
        await using var bus = Bus(prefix: prefix);
        await using var subscriber = await RedisSubscriber.ConnectAsync(RedisTestServer.Shared);
        await using var raw = await subscriber.StreamAsync(SubscriptionKind.Channel, prefix + "t");
        await bus.SendAsync("t", new ReviewAdded("desk", 4));
        await using var e = raw.GetAsyncEnumerator();
        Assert.True(await e.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal("e{\"product\":\"desk\",\"stars\":4}", e.Current.Message);
    }

    [Theory]
    [InlineData(BufferFullMode.DropOldest, new[] { 4, 5 })]
    [InlineData(BufferFullMode.DropNewest, new[] { 1, 2 })]
    public async Task Slow_Subscriber_Buffer_Honours_The_Full_Mode(BufferFullMode mode, int[] expected)
    {
        await using var bus = Bus(o => o.Buffer = new SubscriptionBufferOptions { Capacity = 2, FullMode = mode });
        await using var stream = await bus.SubscribeAsync<int>("numbers");
        await using var witness = await bus.SubscribeAsync<int>("numbers"); // served right after it, same connection
        for (var i = 1; i <= 5; i++) await bus.SendAsync("numbers", i);
        await bus.CompleteAsync("numbers"); // arrives after the five events
        await ReadAllIgnoringOverflow(witness); // once the witness saw the end, the stream under test has too
        Assert.Equal(expected, await ReadAll(stream));
    }

    [Fact]
    public async Task Overflowing_Buffer_In_Complete_Mode_Ends_The_Stream_With_An_Error()
    {
        await using var bus = Bus(o => o.Buffer = new SubscriptionBufferOptions { Capacity = 2, FullMode = BufferFullMode.Complete });
        await using var stream = await bus.SubscribeAsync<int>("numbers");
        await using var witness = await bus.SubscribeAsync<int>("numbers");
        for (var i = 1; i <= 5; i++) await bus.SendAsync("numbers", i);
        await bus.CompleteAsync("numbers");
        await ReadAllIgnoringOverflow(witness);
        await Assert.ThrowsAsync<SubscriptionBufferFullException>(() => ReadAll(stream));
    }

    [Fact]
    public async Task Disposed_Stream_Leaves_The_Redis_Channel()
    {
        var prefix = RedisTestServer.Key("bus") + ":";
        await using var bus = Bus(prefix: prefix);
        await using var redis = await RedisClient.ConnectAsync(RedisTestServer.Shared);
        var stream = await bus.SubscribeAsync<int>("t");
        Assert.Equal(1, await redis.PublishAsync(prefix + "t", "e1"));
        await stream.DisposeAsync();
        await PubSubTests.WaitFor(async () => await redis.PublishAsync(prefix + "t", "e2") == 0);
    }

    [Fact]
    public async Task AddRedisSubscriptions_Replaces_The_In_Memory_Bus()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ITopicEventSender, InMemoryEventBus>();
        services.AddSingleton<ITopicEventReceiver, InMemoryEventBus>();
        services.AddRedisSubscriptions(RedisTestServer.Shared, o => o.ChannelPrefix = "app:");
        await using var provider = services.BuildServiceProvider();
        var sender = provider.GetRequiredService<ITopicEventSender>();
        Assert.IsType<RedisEventBus>(sender);
        Assert.Same(sender, provider.GetRequiredService<ITopicEventReceiver>());
        Assert.Equal("app:", provider.GetRequiredService<RedisSubscriptionOptions>().ChannelPrefix);
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddRedisSubscriptions("nohost=1"));
    }

    private static async Task ReadAllIgnoringOverflow<T>(ISourceStream<T> stream)
    {
        try
        {
            await ReadAll(stream);
        }
        catch (SubscriptionBufferFullException)
        {
            // the witness has the same small buffer: it overflowing also means everything was delivered
        }
    }

    private static async Task<List<T>> ReadAll<T>(ISourceStream<T> stream)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var list = new List<T>();
        await foreach (var item in stream.WithCancellation(cts.Token)) list.Add(item);
        return list;
    }
}
