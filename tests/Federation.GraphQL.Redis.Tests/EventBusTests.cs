using Federation.GraphQL.Redis.Subscriptions;
using Federation.GraphQL.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Federation.GraphQL.Redis.Tests;

public class EventBusTests : IAsyncLifetime
{
    private ConnectionMultiplexer _redis = null!;

    public sealed record ReviewAdded(string Product, int Stars);

    public async Task InitializeAsync() => _redis = await RedisTestServer.ConnectAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    private RedisEventBus Bus(Action<RedisSubscriptionOptions>? configure = null, string? prefix = null)
    {
        var options = new RedisSubscriptionOptions { ChannelPrefix = prefix ?? RedisTestServer.Key("bus") + ":" };
        configure?.Invoke(options);
        return new RedisEventBus(_redis, options);
    }

    [Fact]
    public async Task Event_Sent_On_One_Instance_Reaches_A_Subscriber_On_Another()
    {
        var prefix = RedisTestServer.Key("bus") + ":";
        await using var otherConnection = await RedisTestServer.ConnectAsync(); // two instances, each with its own multiplexer
        await using var serverA = Bus(prefix: prefix);
        await using var serverB = new RedisEventBus(otherConnection, new RedisSubscriptionOptions { ChannelPrefix = prefix });
        await using var stream = await serverA.SubscribeAsync<ReviewAdded>("reviews");
        await serverB.SendAsync("reviews", new ReviewAdded("table", 5));
        await serverB.SendAsync("reviews", new ReviewAdded("chair", 3));
        await serverB.SendAsync("other-topic", new ReviewAdded("lamp", 1));
        await serverB.CompleteAsync("reviews");
        Assert.Equal([new ReviewAdded("table", 5), new ReviewAdded("chair", 3)], await ReadAll(stream));
    }

    [Fact]
    public async Task Messages_Travel_As_Json_On_A_Prefixed_Channel()
    {
        var prefix = RedisTestServer.Key("bus") + ":";
        await using var bus = Bus(prefix: prefix);
        var raw = await _redis.GetSubscriber().SubscribeAsync(RedisChannel.Literal(prefix + "t"));
        await bus.SendAsync("t", new ReviewAdded("desk", 4));
        await bus.CompleteAsync("t");
        Assert.Equal("e{\"product\":\"desk\",\"stars\":4}", (string?)(await raw.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5))).Message);
        Assert.Equal("c", (string?)(await raw.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5))).Message);
        await raw.UnsubscribeAsync();
    }

    [Fact]
    public async Task Sharded_Channels_When_Configured()
    {
        var prefix = RedisTestServer.Key("bus") + ":";
        await using var bus = Bus(o => o.ShardedChannels = true, prefix);
        var raw = await _redis.GetSubscriber().SubscribeAsync(RedisChannel.Sharded(prefix + "s")); // SSUBSCRIBE
        await using var stream = await bus.SubscribeAsync<int>("s");
        await bus.SendAsync("s", 7); // SPUBLISH
        Assert.Equal("e7", (string?)(await raw.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5))).Message);
        await bus.CompleteAsync("s");
        Assert.Equal([7], await ReadAll(stream));
        await raw.UnsubscribeAsync();
    }

    [Theory]
    [InlineData(BufferFullMode.DropOldest, new[] { 4, 5 })]
    [InlineData(BufferFullMode.DropNewest, new[] { 1, 2 })]
    public async Task Slow_Subscriber_Buffer_Honours_The_Full_Mode(BufferFullMode mode, int[] expected)
    {
        await using var bus = Bus(o => o.Buffer = new SubscriptionBufferOptions { Capacity = 2, FullMode = mode });
        await using var stream = await bus.SubscribeAsync<int>("numbers");
        await using var witness = await bus.SubscribeAsync<int>("numbers"); // served right after it, same message loop
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
    public async Task One_Redis_Subscription_Per_Topic_Left_When_The_Last_Local_Subscriber_Leaves()
    {
        var prefix = RedisTestServer.Key("bus") + ":";
        await using var bus = Bus(prefix: prefix);
        var publisher = _redis.GetSubscriber();
        var first = await bus.SubscribeAsync<int>("t");
        var second = await bus.SubscribeAsync<int>("t");
        Assert.Equal(1, await publisher.PublishAsync(RedisChannel.Literal(prefix + "t"), "e1")); // one connection subscribed, two local streams
        await first.DisposeAsync();
        Assert.Equal(1, await publisher.PublishAsync(RedisChannel.Literal(prefix + "t"), "e2"));
        await second.DisposeAsync();
        await TestWait.For(async () => await publisher.PublishAsync(RedisChannel.Literal(prefix + "t"), "e3") == 0, "channel left");
        await using var again = await bus.SubscribeAsync<int>("t"); // and the topic can be subscribed again
        await bus.SendAsync("t", 9);
        await bus.CompleteAsync("t");
        Assert.Equal([9], await ReadAll(again));
    }

    [Fact]
    public async Task AddRedisSubscriptions_Replaces_The_In_Memory_Bus_And_Shares_One_Multiplexer()
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
        var multiplexer = provider.GetRequiredKeyedService<IConnectionMultiplexer>(GraphQLRedisConnection.ServiceKey);
        Assert.Same(multiplexer, GraphQLRedisConnection.Get(provider));
        Assert.True(multiplexer.IsConnected);
    }

    [Fact]
    public async Task AddRedisSubscriptions_Takes_A_Factory_Or_The_Applications_Multiplexer()
    {
        await using var own = await RedisTestServer.ConnectAsync();
        var fromFactory = new ServiceCollection().AddRedisSubscriptions(_ => own);
        await using (var provider = fromFactory.BuildServiceProvider())
        {
            Assert.Same(own, GraphQLRedisConnection.Get(provider));
        }
        Assert.False(own.IsConnected); // the factory's multiplexer belongs to the service provider
        var fromApp = new ServiceCollection().AddSingleton<IConnectionMultiplexer>(_redis).AddRedisSubscriptions();
        await using (var provider = fromApp.BuildServiceProvider())
        {
            Assert.Same(_redis, GraphQLRedisConnection.Get(provider));
            Assert.IsType<RedisEventBus>(provider.GetRequiredService<ITopicEventReceiver>());
        }
        await using var none = new ServiceCollection().AddRedisSubscriptions().BuildServiceProvider();
        var missing = Assert.Throws<InvalidOperationException>(() => none.GetRequiredService<ITopicEventSender>());
        Assert.Contains("register an IConnectionMultiplexer", missing.Message);
    }

    [Theory]
    [InlineData("nohost=1")]
    [InlineData("password=secret")]
    [InlineData(" ")]
    public void A_Bad_Connection_String_Fails_At_Registration(string connectionString)
        => Assert.ThrowsAny<ArgumentException>(() => new ServiceCollection().AddRedisSubscriptions(connectionString));

    [Theory]
    [InlineData("127.0.0.1:1", false)] // the server starts while Redis is down and connects when it comes up
    [InlineData("127.0.0.1:1,abortConnect=true", true)]
    public void A_Failed_First_Connection_Aborts_Only_When_The_String_Asks(string connectionString, bool aborts)
        => Assert.Equal(aborts, GraphQLRedisConnection.Parse(connectionString).AbortOnConnectFail);

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

    internal static async Task<List<T>> ReadAll<T>(ISourceStream<T> stream)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var list = new List<T>();
        await foreach (var item in stream.WithCancellation(cts.Token)) list.Add(item);
        return list;
    }
}
