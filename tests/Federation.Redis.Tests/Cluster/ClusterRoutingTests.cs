using Federation.Redis.Cluster;
using Federation.Redis.Connections;

namespace Federation.Redis.Tests.Cluster;

[Collection(RedisClusterCollection.Name)]
public class ClusterRoutingTests
{
    [Fact]
    public async Task Connect_Reads_Three_Primaries_Covering_Every_Slot()
    {
        await using var cluster = await RedisCluster.ConnectAsync(RedisTestCluster.Seeds);
        Assert.Equal(RedisTestCluster.Nodes.Order(), cluster.Primaries.Select(p => p.EndPoint).Order());
        Assert.All(cluster.Primaries, p => Assert.Matches("^[0-9a-f]{40}$", p.Id));
        for (var slot = 0; slot < HashSlot.Count; slot++) Assert.NotNull(cluster.OwnerOf(slot));
    }

    [Fact]
    public async Task Connection_String_With_Cluster_True_Gives_A_Routing_Client()
    {
        // one seed is enough: the others are discovered
        await using var client = await RedisClient.ConnectAsync($"{RedisTestCluster.Nodes[1]},cluster=true");
        Assert.IsType<RedisCluster>(client.Executor);
        var key = $"cs:{Guid.NewGuid():N}";
        await client.SetAsync(key, "v");
        Assert.Equal("v", await client.GetAsync(key));
        await client.DeleteAsync(key);
    }

    [Fact]
    public void Cluster_Option_Is_Read_From_The_Connection_String()
    {
        Assert.True(RedisConnectionOptions.Parse("a:1,b:2,cluster=true").Cluster);
        Assert.False(RedisConnectionOptions.Parse("a:1,b:2").Cluster);
        Assert.Throws<ArgumentException>(() => RedisConnectionOptions.Parse("a:1,cluster=maybe"));
    }

    [Fact]
    public async Task A_Database_Other_Than_Zero_Is_Refused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => RedisClient.ConnectAsync($"{RedisTestCluster.Seeds},cluster=true,defaultDatabase=1"));
        Assert.Contains("database 0 only", error.Message);
    }

    [Fact]
    public async Task One_Key_In_Every_Slot_Round_Trips_Through_Its_Owner()
    {
        await using var cluster = await RedisCluster.ConnectAsync(RedisTestCluster.Seeds);
        var client = new RedisClient(cluster);
        var prefix = $"all:{Guid.NewGuid():N}";
        var keys = new string?[HashSlot.Count];
        var found = 0;
        for (var i = 0; found < HashSlot.Count; i++)
        {
            var key = $"{prefix}:{i}";
            var slot = HashSlot.Of(key);
            if (keys[slot] is null)
            {
                keys[slot] = key;
                found++;
            }
        }
        await Task.WhenAll(keys.Select(k => client.SetAsync(k!, k!)));
        var values = await Task.WhenAll(keys.Select(k => client.GetAsync(k!)));
        Assert.Equal(keys, values);

        // Every key sits on the node the map names: ask each node for the slots it holds keys in.
        foreach (var node in RedisTestCluster.Nodes)
        {
            await using var direct = await RedisConnection.ConnectAsync(node);
            var owned = Enumerable.Range(0, HashSlot.Count).Where(s => cluster.OwnerOf(s) == node).ToArray();
            Assert.NotEmpty(owned);
            var counts = await Task.WhenAll(owned.Select(s => direct.ExecuteAsync("CLUSTER", "COUNTKEYSINSLOT", s)));
            Assert.All(counts, c => Assert.True(c.AsInt64() >= 1));
        }
        // Each primary holds its share: the per-node key counts of the prefix add up to one key per slot.
        var counted = 0L;
        foreach (var (node, reply) in await cluster.ExecuteOnPrimariesAsync("EVAL",
                     "return #redis.call('KEYS', ARGV[1])", 0, prefix + ":*"))
        {
            Assert.True(reply.AsInt64() > 1000, $"{node} holds {reply.AsInt64()} keys");
            counted += reply.AsInt64();
        }
        Assert.Equal(HashSlot.Count, counted);
        Assert.Equal(HashSlot.Count, (long)(await Task.WhenAll(keys.Select(k => client.DeleteAsync(k!)))).Sum());
    }

    [Fact]
    public async Task Multi_Key_Commands_Across_Slots_Fail_Before_Sending()
    {
        await using var cluster = await RedisCluster.ConnectAsync(RedisTestCluster.Seeds);
        var client = new RedisClient(cluster);
        var id = Guid.NewGuid().ToString("N");
        Assert.NotEqual(HashSlot.Of($"a{id}"), HashSlot.Of($"b{id}"));

        var error = await Assert.ThrowsAsync<RedisClusterException>(() => client.MGetAsync([$"a{id}", $"b{id}"]));
        Assert.StartsWith("CROSSSLOT Keys in request don't hash to the same slot", error.Message);
        Assert.Contains($"'a{id}'", error.Message);
        Assert.Contains($"'b{id}'", error.Message);
        await Assert.ThrowsAsync<RedisClusterException>(() => client.DeleteAsync($"a{id}", $"b{id}"));

        // The same keys under one hash tag are one slot: the command goes through.
        await client.SetAsync($"{{{id}}}.a", "1");
        await client.SetAsync($"{{{id}}}.b", "2");
        Assert.Equal(new string?[] { "1", "2", null }, await client.MGetAsync([$"{{{id}}}.a", $"{{{id}}}.b", $"{{{id}}}.c"]));
        Assert.Equal(2, await client.DeleteAsync($"{{{id}}}.a", $"{{{id}}}.b"));
    }

    [Fact]
    public async Task Moved_After_Resharding_Updates_The_Map_And_Retries_On_The_New_Owner()
    {
        await using var cluster = await RedisCluster.ConnectAsync(RedisTestCluster.Options(), TimeSpan.FromMinutes(10));
        var client = new RedisClient(cluster);
        var source = RedisTestCluster.Nodes[0];
        var target = RedisTestCluster.Nodes[1];
        var key = RedisTestCluster.KeyOn(cluster, source, "moved");
        var slot = HashSlot.Of(key);
        await client.SetAsync(key, "before");
        var refreshes = cluster.TopologyRefreshCount;

        await RedisTestCluster.MoveSlotAsync(slot, source, target);
        try
        {
            Assert.Equal(source, cluster.OwnerOf(slot)); // the client has not heard of it yet
            Assert.Equal("before", await client.GetAsync(key)); // MOVED -> retried on the target
            Assert.Equal(target, cluster.OwnerOf(slot)); // ... and the map was patched at once
            await client.SetAsync(key, "after");
            Assert.Equal("after", await client.GetAsync(key));
            await using (var direct = await RedisConnection.ConnectAsync(target))
            {
                Assert.Equal("after", (await direct.ExecuteAsync("GET", key)).AsString());
            }
            // The MOVED also scheduled a full topology read in the background.
            var deadline = DateTime.UtcNow.AddSeconds(5);
            while (cluster.TopologyRefreshCount == refreshes && DateTime.UtcNow < deadline) await Task.Delay(20);
            Assert.True(cluster.TopologyRefreshCount > refreshes, "no topology refresh after MOVED");
            Assert.Equal(target, cluster.OwnerOf(slot));
        }
        finally
        {
            await client.DeleteAsync(key); // the slot stays on its new owner (see the sharded pub/sub tests)
        }
    }

    [Fact]
    public async Task Ask_During_Migration_Reaches_Migrated_Keys_Without_Changing_The_Map()
    {
        await using var cluster = await RedisCluster.ConnectAsync(RedisTestCluster.Options(), TimeSpan.FromMinutes(10));
        var client = new RedisClient(cluster);
        var source = RedisTestCluster.Nodes[2];
        var target = RedisTestCluster.Nodes[0];
        var tag = RedisTestCluster.KeyOn(cluster, source, "ask");
        string migrated = $"{{{tag}}}.migrated", staying = $"{{{tag}}}.staying", created = $"{{{tag}}}.created";
        var slot = HashSlot.Of(migrated);
        Assert.Equal(source, cluster.OwnerOf(slot));
        await client.SetAsync(migrated, "moved-early");
        await client.SetAsync(staying, "still-here");

        await RedisTestCluster.BeginMigrationAsync(slot, source, target, migrated);
        try
        {
            await using (var direct = await RedisConnection.ConnectAsync(source))
            {
                var ask = await Assert.ThrowsAsync<RedisServerException>(() => direct.ExecuteAsync("GET", migrated));
                Assert.Equal("ASK", ask.ErrorCode); // the state the client must cope with
            }
            Assert.Equal("moved-early", await client.GetAsync(migrated)); // ASK -> ASKING + GET on the target
            Assert.Equal("still-here", await client.GetAsync(staying)); // served by the source
            await client.SetAsync(created, "new"); // a new key of a migrating slot is created on the target
            await using (var direct = await RedisConnection.ConnectAsync(target))
            {
                Assert.Equal(2, (await direct.ExecuteAsync("CLUSTER", "COUNTKEYSINSLOT", slot)).AsInt64()); // migrated + created
            }
            Assert.Equal(source, cluster.OwnerOf(slot)); // ASK never changes the map
        }
        finally
        {
            await RedisTestCluster.FinishMigrationAsync(slot, source, target);
        }
        try
        {
            Assert.Equal(new string?[] { "moved-early", "still-here", "new" }, await client.MGetAsync([migrated, staying, created]));
            Assert.Equal(target, cluster.OwnerOf(slot));
        }
        finally
        {
            await client.DeleteAsync(migrated, staying, created); // the slot stays on its new owner
        }
    }
}
