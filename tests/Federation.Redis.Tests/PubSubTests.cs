using System.Threading.Channels;

namespace Federation.Redis.Tests;

public class PubSubTests
{
    public static TheoryData<string> Protocols => new() { "resp3", "resp2" };

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Channel_Pattern_And_Shard_Subscriptions_Receive_Their_Messages(string protocol)
    {
        await using var redis = await RedisClient.ConnectAsync(RedisTestServer.Shared);
        await using var subscriber = await RedisSubscriber.ConnectAsync($"{RedisTestServer.Shared},protocol={protocol}");
        var prefix = RedisTestServer.Key("ps");
        var received = Channel.CreateUnbounded<RedisChannelMessage>();

        await using (await subscriber.SubscribeAsync($"{prefix}.news", m => received.Writer.TryWrite(m)))
        await using (await subscriber.PatternSubscribeAsync($"{prefix}.*", m => received.Writer.TryWrite(m)))
        await using (await subscriber.ShardSubscribeAsync($"{prefix}.shard", m => received.Writer.TryWrite(m)))
        {
            Assert.Equal(2, await redis.PublishAsync($"{prefix}.news", "hello")); // channel + pattern
            var got = new[] { await Next(received), await Next(received) }.OrderBy(m => m.Kind).ToArray();
            Assert.Equal((SubscriptionKind.Channel, $"{prefix}.news", (string?)null, "hello"), (got[0].Kind, got[0].Channel, got[0].Pattern, got[0].Message));
            Assert.Equal((SubscriptionKind.Pattern, $"{prefix}.news", $"{prefix}.*", "hello"), (got[1].Kind, got[1].Channel, got[1].Pattern, got[1].Message));

            Assert.Equal(1, await redis.PublishAsync($"{prefix}.other", "by pattern"));
            var p = await Next(received);
            Assert.Equal((SubscriptionKind.Pattern, $"{prefix}.other", "by pattern"), (p.Kind, p.Channel, p.Message));

            Assert.Equal(1, await redis.ShardPublishAsync($"{prefix}.shard", "sharded"));
            var s = await Next(received);
            Assert.Equal((SubscriptionKind.Shard, $"{prefix}.shard", "sharded"), (s.Kind, s.Channel, s.Message));
        }
        await WaitFor(async () => await redis.PublishAsync($"{prefix}.news", "nobody") == 0);
        Assert.Equal(0, subscriber.SubscriptionCount);
    }

    [Fact]
    public async Task Two_Handlers_Share_One_Channel_And_Leave_Independently()
    {
        await using var redis = await RedisClient.ConnectAsync(RedisTestServer.Shared);
        await using var subscriber = await RedisSubscriber.ConnectAsync(RedisTestServer.Shared);
        var channel = RedisTestServer.Key("shared");
        var a = Channel.CreateUnbounded<string>();
        var b = Channel.CreateUnbounded<string>();
        var first = await subscriber.SubscribeAsync(channel, m => a.Writer.TryWrite(m.Message));
        await using var second = await subscriber.SubscribeAsync(channel, m => b.Writer.TryWrite(m.Message));
        Assert.Equal(1, await redis.PublishAsync(channel, "1")); // one Redis subscription for both handlers
        Assert.Equal("1", await a.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal("1", await b.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5)));
        await first.DisposeAsync();
        Assert.Equal(1, await redis.PublishAsync(channel, "2"));
        Assert.Equal("2", await b.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.False(a.Reader.TryRead(out _));
    }

    [Fact]
    public async Task Subscription_Reads_As_An_Async_Stream()
    {
        await using var redis = await RedisClient.ConnectAsync(RedisTestServer.Shared);
        await using var subscriber = await RedisSubscriber.ConnectAsync(RedisTestServer.Shared);
        var channel = RedisTestServer.Key("stream");
        await using var stream = await subscriber.StreamAsync(SubscriptionKind.Channel, channel);
        for (var i = 0; i < 5; i++) await redis.PublishAsync(channel, $"m{i}");
        var read = new List<string>();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await foreach (var m in stream.WithCancellation(cts.Token))
        {
            read.Add(m.Message);
            if (read.Count == 5) break;
        }
        Assert.Equal(["m0", "m1", "m2", "m3", "m4"], read);
    }

    internal static async Task<RedisChannelMessage> Next(Channel<RedisChannelMessage> received) =>
        await received.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5));

    internal static async Task WaitFor(Func<Task<bool>> condition, int seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Condition not met in time.");
            await Task.Delay(25);
        }
    }
}
