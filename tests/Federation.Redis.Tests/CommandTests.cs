using Federation.Redis.Connections;

namespace Federation.Redis.Tests;

/// <summary>Every command family against the real server, once over RESP3 and once over RESP2.</summary>
public class CommandTests
{
    public static TheoryData<string> Protocols => new() { "resp3", "resp2" };

    private static Task<RedisClient> Connect(string protocol) =>
        RedisClient.ConnectAsync($"{RedisTestServer.Shared},protocol={protocol}");

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Handshake_Settles_On_The_Requested_Protocol(string protocol)
    {
        await using var connection = await RedisConnection.ConnectAsync($"{RedisTestServer.Shared},protocol={protocol},name=fed-test");
        Assert.Equal(protocol == "resp3" ? 3 : 2, connection.Protocol);
        var name = await connection.ExecuteAsync("CLIENT", "GETNAME");
        Assert.Equal("fed-test", name.AsString());
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Strings_Get_Set_Options_MGet_Del_Expire_Incr(string protocol)
    {
        await using var redis = await Connect(protocol);
        var k = RedisTestServer.Key("str");
        Assert.Null(await redis.GetAsync(k));
        Assert.True(await redis.SetAsync(k, "v1"));
        Assert.Equal("v1", await redis.GetAsync(k));
        Assert.False(await redis.SetAsync(k, "v2", when: SetCondition.NotExists));
        Assert.True(await redis.SetAsync(k, "v3", when: SetCondition.Exists));
        Assert.False(await redis.SetAsync(k + ":absent", "x", when: SetCondition.Exists));
        Assert.Equal("v3", await redis.GetAsync(k));

        Assert.True(await redis.SetAsync(k, "ttl", expiry: TimeSpan.FromSeconds(100)));
        var ttl = await redis.TimeToLiveAsync(k);
        Assert.InRange(ttl!.Value.TotalSeconds, 90, 100);
        Assert.True(await redis.SetAsync(k, "kept", keepTtl: true));
        Assert.NotNull(await redis.TimeToLiveAsync(k));
        Assert.True(await redis.SetAsync(k, "px", expiry: TimeSpan.FromMilliseconds(1500)));
        Assert.InRange((await redis.TimeToLiveAsync(k))!.Value.TotalMilliseconds, 1, 1500);
        Assert.True(await redis.SetAsync(k, "plain"));
        Assert.Null(await redis.TimeToLiveAsync(k));
        Assert.True(await redis.ExpireAsync(k, TimeSpan.FromSeconds(50)));
        Assert.InRange((await redis.TimeToLiveAsync(k))!.Value.TotalSeconds, 40, 50);

        await redis.SetAsync(k + ":b", new byte[] { 0, 255, 10 });
        Assert.Equal(new byte[] { 0, 255, 10 }, await redis.GetBytesAsync(k + ":b"));
        Assert.Equal(new string?[] { "plain", null, "\0\uFFFD\n" }, await redis.MGetAsync([k, k + ":none", k + ":b"]));

        Assert.Equal(1, await redis.IncrementAsync(k + ":n"));
        Assert.Equal(11, await redis.IncrementAsync(k + ":n", 10));
        Assert.Equal(2, await redis.DeleteAsync(k, k + ":n", k + ":none"));
        Assert.False(await redis.ExistsAsync(k));
        var wrongType = await Assert.ThrowsAsync<RedisServerException>(() => redis.IncrementAsync(k + ":b"));
        Assert.Equal("ERR value is not an integer or out of range", wrongType.Message);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Hashes(string protocol)
    {
        await using var redis = await Connect(protocol);
        var k = RedisTestServer.Key("hash");
        Assert.True(await redis.HashSetAsync(k, "a", "1"));
        Assert.False(await redis.HashSetAsync(k, "a", "2"));
        Assert.Equal(2, await redis.HashSetAsync(k, [new("b", "x"), new("c", "y")]));
        Assert.Equal("2", await redis.HashGetAsync(k, "a"));
        Assert.Null(await redis.HashGetAsync(k, "zz"));
        Assert.Equal(12, await redis.HashIncrementAsync(k, "a", 10));
        var all = await redis.HashGetAllAsync(k);
        Assert.Equal(new Dictionary<string, string> { ["a"] = "12", ["b"] = "x", ["c"] = "y" }, all);
        Assert.Equal(2, await redis.HashDeleteAsync(k, "b", "c", "zz"));
        Assert.Single(await redis.HashGetAllAsync(k));
        await Assert.ThrowsAsync<RedisServerException>(() => redis.GetAsync(k)); // WRONGTYPE
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Sets(string protocol)
    {
        await using var redis = await Connect(protocol);
        var k = RedisTestServer.Key("set");
        Assert.Equal(3, await redis.SetAddAsync(k, "a", "b", "c", "a"));
        Assert.True(await redis.SetContainsAsync(k, "b"));
        Assert.False(await redis.SetContainsAsync(k, "z"));
        Assert.Equal(1, await redis.SetRemoveAsync(k, "b", "z"));
        Assert.Equal(2, await redis.SetLengthAsync(k));
        Assert.Equal(["a", "c"], (await redis.SetMembersAsync(k)).Order());
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Sorted_Sets(string protocol)
    {
        await using var redis = await Connect(protocol);
        var k = RedisTestServer.Key("zset");
        Assert.True(await redis.SortedSetAddAsync(k, "b", 2.5));
        Assert.Equal(2, await redis.SortedSetAddAsync(k, [("a", 1), ("c", 3), ("b", 2)]));
        Assert.Equal(["a", "b", "c"], await redis.SortedSetRangeAsync(k));
        Assert.Equal([("b", 2.0), ("c", 3.0)], await redis.SortedSetRangeWithScoresAsync(k, 1, -1));
        Assert.Equal(2.0, await redis.SortedSetScoreAsync(k, "b"));
        Assert.Null(await redis.SortedSetScoreAsync(k, "zz"));
        Assert.Equal(1, await redis.SortedSetRemoveAsync(k, "a"));
        Assert.Equal(["b", "c"], await redis.SortedSetRangeAsync(k, 0, 10));
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Scan_Enumerates_Every_Matching_Key_Across_Pages(string protocol)
    {
        await using var redis = await Connect(protocol);
        var prefix = RedisTestServer.Key("scan");
        for (var i = 0; i < 120; i++) await redis.SetAsync($"{prefix}:{i}", "x");
        var seen = new HashSet<string>();
        await foreach (var key in redis.ScanAsync($"{prefix}:*", pageSize: 17)) seen.Add(key);
        Assert.Equal(120, seen.Count);
        Assert.Contains($"{prefix}:119", seen);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Generic_Execute_Runs_Any_Command(string protocol)
    {
        await using var redis = await Connect(protocol);
        var k = RedisTestServer.Key("generic");
        await redis.ExecuteAsync("RPUSH", k, "a", 2, 3.5);
        var list = await redis.ExecuteAsync("LRANGE", k, 0, -1);
        Assert.Equal(["a", "2", "3.5"], list.Elements.Select(e => e.AsString()));
        var ex = await Assert.ThrowsAsync<RedisServerException>(() => redis.ExecuteAsync("NOSUCHCOMMAND", "x"));
        Assert.StartsWith("ERR unknown command 'NOSUCHCOMMAND'", ex.Message);
        Assert.Equal("ERR", ex.ErrorCode);
    }

    [Fact]
    public async Task Resp3_Returns_Typed_Replies()
    {
        await using var redis = await Connect("resp3");
        var k = RedisTestServer.Key("typed");
        await redis.HashSetAsync(k, "f", "v");
        Assert.Equal(Protocol.RespType.Map, (await redis.ExecuteAsync("HGETALL", k)).Type);
        await redis.SortedSetAddAsync(k + ":z", "m", 1.5);
        var score = await redis.ExecuteAsync("ZSCORE", k + ":z", "m");
        Assert.Equal(Protocol.RespType.Double, score.Type);
        Assert.Equal(1.5, score.AsDouble());
        var set = await redis.ExecuteAsync("SMEMBERS", k + ":none");
        Assert.Equal(Protocol.RespType.Set, set.Type);
    }

    [Fact]
    public async Task Authenticates_As_An_Acl_User_Through_Hello_And_Auth()
    {
        await using var admin = await Connect("resp3");
        var user = $"fed_{Guid.NewGuid():N}";
        await admin.ExecuteAsync("ACL", "SETUSER", user, "on", ">s3cret", "~*", "+@all");
        try
        {
            foreach (var protocol in new[] { "resp3", "resp2" })
            {
                await using var redis = await RedisClient.ConnectAsync($"{RedisTestServer.Shared},user={user},password=s3cret,protocol={protocol}");
                Assert.Equal(user, (await redis.ExecuteAsync("ACL", "WHOAMI")).AsString());
            }
            var bad = await Assert.ThrowsAsync<RedisServerException>(
                () => RedisClient.ConnectAsync($"{RedisTestServer.Shared},user={user},password=wrong"));
            Assert.StartsWith("WRONGPASS", bad.Message);
        }
        finally
        {
            await admin.ExecuteAsync("ACL", "DELUSER", user);
        }
    }

    [Fact]
    public async Task Selects_The_Default_Database()
    {
        await using var db5 = await RedisClient.ConnectAsync($"{RedisTestServer.Shared},defaultDatabase=5");
        await using var db0 = await Connect("resp3");
        var k = RedisTestServer.Key("db");
        await db5.SetAsync(k, "in5");
        Assert.Null(await db0.GetAsync(k));
        Assert.Equal("in5", await db5.GetAsync(k));
    }

    [Fact]
    public async Task Connecting_To_A_Closed_Port_Fails_With_A_Clear_Message()
    {
        var ex = await Assert.ThrowsAsync<RedisConnectionException>(() => RedisClient.ConnectAsync("127.0.0.1:1,connectTimeout=2000"));
        Assert.Contains("Could not connect to Redis at 127.0.0.1:1", ex.Message);
    }
}
