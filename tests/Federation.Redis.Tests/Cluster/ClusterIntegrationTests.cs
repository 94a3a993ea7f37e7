using System.Text;
using Federation.Redis.Caching;
using Federation.Redis.Connections;
using Federation.Redis.Subscriptions;
using Microsoft.Extensions.Caching.Distributed;

namespace Federation.Redis.Tests.Cluster;

/// <summary>The client's other features keep working when the connection string says <c>cluster=true</c>.</summary>
[Collection(RedisClusterCollection.Name)]
public class ClusterIntegrationTests
{
    [Fact]
    public async Task Distributed_Cache_Spreads_Its_Entries_Over_The_Cluster()
    {
        await using var cache = new RedisDistributedCache($"{RedisTestCluster.Seeds},cluster=true", $"cache:{Guid.NewGuid():N}:");
        var keys = Enumerable.Range(0, 30).Select(i => $"entry{i}").ToArray();
        foreach (var k in keys)
        {
            await cache.SetAsync(k, Encoding.UTF8.GetBytes(k), new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(1) });
        }
        foreach (var k in keys) Assert.Equal(k, Encoding.UTF8.GetString((await cache.GetAsync(k))!));
        foreach (var k in keys) await cache.RemoveAsync(k);
        foreach (var k in keys) Assert.Null(await cache.GetAsync(k));
    }

    [Fact]
    public async Task Event_Bus_Delivers_Across_Nodes()
    {
        var prefix = $"bus:{Guid.NewGuid():N}:";
        var nodes = RedisTestCluster.Nodes;
        // The receiving instance knows one node, the sending instance another: cluster pub/sub reaches every node.
        await using var receiver = new RedisEventBus(RedisConnectionOptions.Parse($"{nodes[0]},cluster=true"), new RedisSubscriptionOptions { ChannelPrefix = prefix });
        await using var sender = new RedisEventBus(RedisConnectionOptions.Parse($"{nodes[2]},{nodes[1]},cluster=true"), new RedisSubscriptionOptions { ChannelPrefix = prefix });
        await using var stream = await receiver.SubscribeAsync<string>("news");
        await sender.SendAsync("news", "one");
        await sender.SendAsync("news", "two");
        await sender.CompleteAsync("news");
        var received = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await foreach (var m in stream.WithCancellation(timeout.Token)) received.Add(m);
        Assert.Equal(["one", "two"], received);
    }
}
