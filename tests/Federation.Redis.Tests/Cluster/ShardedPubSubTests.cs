using System.Threading.Channels;
using Federation.Redis.Cluster;
using Federation.Redis.Connections;

namespace Federation.Redis.Tests.Cluster;

[Collection(RedisClusterCollection.Name)]
public class ShardedPubSubTests
{
    [Theory]
    [InlineData("resp3")]
    [InlineData("resp2")]
    public async Task Shard_Channels_On_Every_Node_Receive_Their_Messages(string protocol)
    {
        await using var cluster = await RedisCluster.ConnectAsync($"{RedisTestCluster.Seeds},protocol={protocol}");
        var client = new RedisClient(cluster);
        await using var subscriber = new RedisClusterSubscriber(cluster);
        var received = Channel.CreateUnbounded<RedisChannelMessage>();
        var channels = RedisTestCluster.Nodes.Select(n => RedisTestCluster.KeyOn(cluster, n, "news")).ToArray();
        var subscriptions = new List<IAsyncDisposable>();
        foreach (var c in channels) subscriptions.Add(await subscriber.SubscribeAsync(c, m => received.Writer.TryWrite(m)));
        for (var i = 0; i < channels.Length; i++)
        {
            Assert.Equal(RedisTestCluster.Nodes[i], subscriber.NodeOf(channels[i]));
            Assert.Equal(1, await client.ShardPublishAsync(channels[i], $"hello {i}")); // one subscriber, on the owner
            var m = await Next(received);
            Assert.Equal((SubscriptionKind.Shard, channels[i], $"hello {i}"), (m.Kind, m.Channel, m.Message));
        }
        foreach (var s in subscriptions) await s.DisposeAsync();
        await WaitFor(async () => await client.ShardPublishAsync(channels[0], "nobody") == 0);
    }

    [Fact]
    public async Task Subscription_Follows_Its_Slot_To_The_New_Owner()
    {
        await using var cluster = await RedisCluster.ConnectAsync(RedisTestCluster.Options(), TimeSpan.FromMinutes(10));
        var client = new RedisClient(cluster);
        await using var subscriber = new RedisClusterSubscriber(cluster);
        var source = RedisTestCluster.Nodes[1];
        var target = RedisTestCluster.Nodes[2];
        var channel = RedisTestCluster.KeyOn(cluster, source, "moving");
        var slot = HashSlot.Of(channel);
        var received = Channel.CreateUnbounded<string>();
        await using var subscription = await subscriber.SubscribeAsync(channel, m => received.Writer.TryWrite(m.Message));
        Assert.Equal(1, await client.ShardPublishAsync(channel, "on source"));
        Assert.Equal("on source", await received.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5)));

        await RedisTestCluster.MoveSlotAsync(slot, source, target); // it stays there: moving a slot straight back can leave two nodes naming each other as owner
        // The source drops the channel (sunsubscribe); the subscriber finds the new owner and subscribes there.
        await WaitFor(() => Task.FromResult(subscriber.NodeOf(channel) == target));
        await WaitFor(async () => await client.ShardPublishAsync(channel, "probe") == 1);
        Assert.Equal(target, cluster.OwnerOf(slot));
        Assert.True(subscriber.ResubscribeCount >= 1);
        Assert.Equal(1, await client.ShardPublishAsync(channel, "on target"));
        while (true)
        {
            var message = await received.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5));
            if (message == "on target") break;
            Assert.Equal("probe", message);
        }
    }

    [Theory]
    [InlineData("resp3")]
    [InlineData("resp2")]
    public async Task Subscribing_With_A_Stale_Map_Follows_Moved_To_The_Owner(string protocol)
    {
        var options = RedisConnectionOptions.Parse($"{RedisTestCluster.Seeds},protocol={protocol}");
        await using var cluster = await RedisCluster.ConnectAsync(options, TimeSpan.FromMinutes(10));
        var client = new RedisClient(cluster);
        await using var subscriber = new RedisClusterSubscriber(cluster);
        var source = RedisTestCluster.Nodes[0];
        var target = RedisTestCluster.Nodes[2];
        var channel = RedisTestCluster.KeyOn(cluster, source, "stale");
        var slot = HashSlot.Of(channel);
        await RedisTestCluster.MoveSlotAsync(slot, source, target); // the client's map still says source
        Assert.Equal(source, cluster.OwnerOf(slot));
        var received = Channel.CreateUnbounded<string>();
        // SSUBSCRIBE on the source is refused with MOVED (an error on a subscriber connection): resubscribed on the target.
        await using var subscription = await subscriber.SubscribeAsync(channel, m => received.Writer.TryWrite(m.Message));
        Assert.Equal(target, subscriber.NodeOf(channel));
        Assert.Equal(target, cluster.OwnerOf(slot));
        Assert.Equal(1, await client.ShardPublishAsync(channel, "found"));
        Assert.Equal("found", await received.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5)));
    }

    private static async Task<RedisChannelMessage> Next(Channel<RedisChannelMessage> channel) =>
        await channel.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5));

    private static async Task WaitFor(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met within 5 s");
            await Task.Delay(20);
        }
    }
}
