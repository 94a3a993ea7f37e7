namespace Federation.Redis.Tests;

public class StreamAndScriptTests
{
    [Theory]
    [InlineData("resp3")]
    [InlineData("resp2")]
    public async Task Consumer_Group_Reads_Acks_And_Redelivers_Idle_Entries(string protocol)
    {
        await using var redis = await RedisClient.ConnectAsync($"{RedisTestServer.Shared},protocol={protocol}");
        var stream = RedisTestServer.Key("stream");
        Assert.True(await redis.StreamCreateGroupAsync(stream, "workers", "$", createStream: true));
        Assert.False(await redis.StreamCreateGroupAsync(stream, "workers")); // BUSYGROUP
        var id1 = await redis.StreamAddAsync(stream, [new("order", "1"), new("qty", "3")]);
        var id2 = await redis.StreamAddAsync(stream, [new("order", "2")], approximateMaxLength: 1000);

        var read = await redis.StreamReadGroupAsync(stream, "workers", "alice", count: 10);
        Assert.Equal([id1, id2], read.Select(e => e.Id));
        Assert.Equal("3", read[0]["qty"]);
        Assert.Empty(await redis.StreamReadGroupAsync(stream, "workers", "bob", block: TimeSpan.FromMilliseconds(50)));

        Assert.Equal(1, await redis.StreamAcknowledgeAsync(stream, "workers", id1));
        var summary = await redis.StreamPendingAsync(stream, "workers");
        Assert.Equal(1, summary.Count);
        Assert.Equal(id2, summary.LowestId);
        Assert.Equal(1, summary.PendingPerConsumer["alice"]);

        // alice never acks id2: after it has been idle long enough bob claims it (redelivery).
        await Task.Delay(120);
        var claim = await redis.StreamAutoClaimAsync(stream, "workers", "bob", TimeSpan.FromMilliseconds(100));
        Assert.Equal("0-0", claim.NextStartId);
        Assert.Equal(id2, Assert.Single(claim.Entries).Id);
        Assert.Equal("2", claim.Entries[0]["order"]);
        var pending = Assert.Single(await redis.StreamPendingEntriesAsync(stream, "workers"));
        Assert.Equal(("bob", 2L), (pending.Consumer, pending.DeliveryCount));
        var again = await redis.StreamReadGroupAsync(stream, "workers", "bob", id: "0"); // bob's own pending history
        Assert.Equal(id2, Assert.Single(again).Id);
        Assert.Equal(1, await redis.StreamAcknowledgeAsync(stream, "workers", id2));
        Assert.Equal(0, (await redis.StreamPendingAsync(stream, "workers")).Count);
    }

    [Fact]
    public async Task Script_Runs_By_Sha_After_First_Eval_And_Survives_Script_Flush()
    {
        await using var redis = await RedisClient.ConnectAsync(RedisTestServer.Shared);
        var script = new LuaScript($"-- {Guid.NewGuid()}\nreturn redis.call('INCRBY', KEYS[1], ARGV[1])");
        var k = RedisTestServer.Key("script");
        var exists = await redis.ExecuteAsync("SCRIPT", "EXISTS", script.Sha1);
        Assert.Equal(0, exists.Elements[0].AsInt64());

        Assert.Equal(5, (await redis.EvaluateAsync(script, [k], [5])).AsInt64()); // NOSCRIPT -> EVAL
        Assert.Equal(1, (await redis.ExecuteAsync("SCRIPT", "EXISTS", script.Sha1)).Elements[0].AsInt64());
        Assert.Equal(12, (await redis.EvaluateAsync(script, [k], [7])).AsInt64()); // EVALSHA hit
        Assert.Equal(script.Sha1, await redis.ScriptLoadAsync(script));

        await redis.ExecuteAsync("SCRIPT", "FLUSH");
        Assert.Equal(13, (await redis.EvaluateAsync(script, [k], [1])).AsInt64()); // NOSCRIPT path again
        Assert.Equal(14, (await redis.EvaluateAsync("return redis.call('INCR', KEYS[1])", [k])).AsInt64());
        var error = await Assert.ThrowsAsync<RedisServerException>(() => redis.EvaluateAsync("return redis.call('NOPE')"));
        Assert.Contains("Unknown Redis command", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
