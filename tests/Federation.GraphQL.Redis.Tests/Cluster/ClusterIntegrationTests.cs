using System.Text;
using Federation.GraphQL.Redis.Subscriptions;
using Federation.GraphQL.Subscriptions;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Federation.GraphQL.Redis.Tests.Cluster;

/// <summary>The bus and the cache on a three-node Redis Cluster (StackExchange.Redis finds the cluster from any seed).</summary>
[Collection(RedisClusterCollection.Name)]
public class ClusterIntegrationTests
{
    [Fact]
    public async Task Distributed_Cache_Spreads_Its_Entries_Over_The_Cluster()
    {
        await using var provider = new ServiceCollection()
            .AddRedisSubscriptions(RedisTestCluster.Seeds)
            .AddRedisDistributedCache($"cache:{Guid.NewGuid():N}:")
            .BuildServiceProvider();
        var cache = provider.GetRequiredService<IDistributedCache>();
        var keys = Enumerable.Range(0, 30).Select(i => $"entry{i}").ToArray();
        foreach (var k in keys)
        {
            await cache.SetAsync(k, Encoding.UTF8.GetBytes(k), new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(1) });
        }
        foreach (var k in keys) Assert.Equal(k, Encoding.UTF8.GetString((await cache.GetAsync(k))!));
        var perNode = RedisTestCluster.Nodes.Select(n => int.Parse(RedisTestCluster.Cli(n, "DBSIZE"))).ToArray();
        Assert.All(perNode, count => Assert.True(count > 0, $"entries per node: {string.Join(", ", perNode)}"));
        foreach (var k in keys) await cache.RemoveAsync(k);
        foreach (var k in keys) Assert.Null(await cache.GetAsync(k));
    }

    [Fact]
    public async Task Event_Bus_Delivers_Across_Nodes_On_Sharded_Channels()
    {
        var prefix = $"bus:{Guid.NewGuid():N}:";
        var nodes = RedisTestCluster.Nodes;
        // The receiving instance knows one node, the sending instance two others.
        await using var receiverConnection = await ConnectionMultiplexer.ConnectAsync(nodes[0]);
        await using var senderConnection = await ConnectionMultiplexer.ConnectAsync($"{nodes[2]},{nodes[1]}");
        await using var receiver = new RedisEventBus(receiverConnection, new RedisSubscriptionOptions { ChannelPrefix = prefix });
        await using var sender = new RedisEventBus(senderConnection, new RedisSubscriptionOptions { ChannelPrefix = prefix });
        var topics = nodes.Select(n => RedisTestCluster.NameOn(receiverConnection, n, prefix)).ToArray(); // one topic per node
        var streams = new List<ISourceStream<string>>();
        foreach (var topic in topics) streams.Add(await receiver.SubscribeAsync<string>(topic));
        for (var i = 0; i < topics.Length; i++)
        {
            // SSUBSCRIBE went to the slot's owner, not to the node the receiver was given.
            Assert.Equal("1", ShardNumSub(nodes[i], prefix + topics[i]));
            await sender.SendAsync(topics[i], "one");
            await sender.SendAsync(topics[i], "two");
            await sender.CompleteAsync(topics[i]);
        }
        foreach (var stream in streams) Assert.Equal(["one", "two"], await EventBusTests.ReadAll(stream));
    }

    [Fact]
    public async Task Sharded_Subscription_Follows_Its_Slot_To_The_New_Owner()
    {
        var prefix = $"moving:{Guid.NewGuid():N}:";
        var source = RedisTestCluster.Nodes[1];
        var target = RedisTestCluster.Nodes[2];
        await using var receiverConnection = await ConnectionMultiplexer.ConnectAsync(RedisTestCluster.Seeds);
        await using var senderConnection = await ConnectionMultiplexer.ConnectAsync(RedisTestCluster.Seeds);
        await using var receiver = new RedisEventBus(receiverConnection, new RedisSubscriptionOptions { ChannelPrefix = prefix });
        await using var sender = new RedisEventBus(senderConnection, new RedisSubscriptionOptions { ChannelPrefix = prefix });
        var topic = RedisTestCluster.NameOn(receiverConnection, source, prefix);
        var slot = receiverConnection.HashSlot(prefix + topic);
        await using var stream = await receiver.SubscribeAsync<string>(topic);
        await using var events = stream.GetAsyncEnumerator();
        await sender.SendAsync(topic, "on source");
        Assert.Equal("on source", await Next(events));
        Assert.Equal("1", ShardNumSub(source, prefix + topic));

        // It stays there: moving a slot straight back can leave two nodes naming each other as owner.
        await RedisTestCluster.MoveSlotAsync(slot, source, target);
        Assert.Equal(target, RedisTestCluster.OwnerOf(slot));
        // The source drops the channel (it sends sunsubscribe); the subscriber must find the new owner by itself.
        await TestWait.For(() => Task.FromResult(ShardNumSub(target, prefix + topic) == "1"), "resubscribed on the new owner", 20);
        Assert.Equal("0", ShardNumSub(source, prefix + topic));
        await sender.SendAsync(topic, "on target");
        Assert.Equal("on target", await Next(events));
    }

    private static string ShardNumSub(string node, string channel)
        => RedisTestCluster.Cli(node, "PUBSUB", "SHARDNUMSUB", channel).Split('\n').Last().Trim();

    private static async Task<string> Next(IAsyncEnumerator<string> events)
    {
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        return events.Current;
    }
}
