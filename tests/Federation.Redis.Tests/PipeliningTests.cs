using Federation.Redis.Connections;

namespace Federation.Redis.Tests;

public class PipeliningTests
{
    [Fact]
    public async Task Fifty_Concurrent_Callers_Each_Get_Their_Own_Reply()
    {
        await using var redis = await RedisClient.ConnectAsync(RedisTestServer.Shared);
        var prefix = RedisTestServer.Key("pipe");
        var callers = Enumerable.Range(0, 50).Select(caller => Task.Run(async () =>
        {
            for (var round = 1; round <= 200; round++)
            {
                // Distinct keys and values per caller: a reply delivered to the wrong caller cannot go unnoticed.
                var counter = await redis.IncrementAsync($"{prefix}:n:{caller}");
                Assert.Equal(round, counter);
                var value = $"caller {caller} round {round}";
                await redis.SetAsync($"{prefix}:s:{caller}", value);
                Assert.Equal(value, await redis.GetAsync($"{prefix}:s:{caller}"));
            }
        }));
        await Task.WhenAll(callers);
        for (var caller = 0; caller < 50; caller++) Assert.Equal("200", await redis.GetAsync($"{prefix}:n:{caller}"));
    }

    [Fact]
    public async Task Cancelled_Call_Does_Not_Shift_The_Replies_Of_Later_Calls()
    {
        await using var redis = await RedisClient.ConnectAsync(RedisTestServer.Shared);
        var k = RedisTestServer.Key("cancel");
        await redis.SetAsync(k, "after");
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        // BLPOP holds the connection's reply stream for 300 ms; cancelling it must leave its (nil) reply to be dropped.
        var blocked = redis.ExecuteAsync("BLPOP", [k + ":empty", "0.3"], cts.Token);
        var next = redis.GetAsync(k);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => blocked);
        Assert.Equal("after", await next);
        Assert.Equal("after", await redis.GetAsync(k));
    }

    [Fact]
    public async Task Timed_Out_Call_Fails_And_Later_Calls_Still_Match()
    {
        await using var redis = await RedisClient.ConnectAsync($"{RedisTestServer.Shared},syncTimeout=300");
        var k = RedisTestServer.Key("timeout");
        await redis.SetAsync(k, "v");
        var slow = redis.ExecuteAsync("BLPOP", k + ":empty", "1.5");
        var ex = await Assert.ThrowsAsync<RedisTimeoutException>(() => slow);
        Assert.Contains("Timeout after 300 ms waiting for the reply to BLPOP", ex.Message);
        await Task.Delay(1500); // BLPOP's late (nil) reply arrives meanwhile and must be dropped, not given to GET
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                Assert.Equal("v", await redis.GetAsync(k));
                break;
            }
            catch (RedisTimeoutException) when (attempt < 5)
            {
                // a stall of the loaded test machine; what matters is that no reply goes to the wrong call
            }
        }
    }

    [Fact]
    public async Task Concurrent_Commands_Share_Writes()
    {
        // Many commands issued at once go out in far fewer socket writes than commands (automatic pipelining):
        // visible as one connection serving all of them with total ops well above one round trip each.
        await using var connection = await RedisConnection.ConnectAsync(RedisTestServer.Shared);
        var k = RedisTestServer.Key("batch");
        var tasks = new Task<Protocol.RespValue>[2000];
        for (var i = 0; i < tasks.Length; i++) tasks[i] = connection.ExecuteAsync("INCR", k);
        var replies = await Task.WhenAll(tasks);
        // FIFO matching: the i-th INCR sent sees value i+1.
        for (var i = 0; i < replies.Length; i++) Assert.Equal(i + 1, replies[i].AsInt64());
    }
}
