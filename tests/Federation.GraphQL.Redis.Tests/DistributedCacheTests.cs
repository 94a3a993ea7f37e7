using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Federation.GraphQL.Redis.Tests;

/// <summary>AddRedisDistributedCache: Microsoft's Redis IDistributedCache on the multiplexer the event bus uses.</summary>
public class DistributedCacheTests : IAsyncLifetime
{
    private readonly string _prefix = RedisTestServer.Key("cache") + ":";
    private ConnectionMultiplexer _redis = null!;
    private ServiceProvider _provider = null!;
    private IDistributedCache _cache = null!;
    private int _connections;

    public async Task InitializeAsync()
    {
        _redis = await RedisTestServer.ConnectAsync();
        _provider = new ServiceCollection()
            .AddRedisSubscriptions(_ =>
            {
                Interlocked.Increment(ref _connections);
                return ConnectionMultiplexer.Connect(RedisTestServer.Shared);
            })
            .AddRedisDistributedCache(_prefix)
            .BuildServiceProvider();
        _cache = _provider.GetRequiredService<IDistributedCache>();
    }

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        await _redis.DisposeAsync();
    }

    private IDatabase Db => _redis.GetDatabase();

    [Fact]
    public async Task Cache_And_Event_Bus_Share_One_Multiplexer()
    {
        await _cache.SetStringAsync("s", "text");
        Assert.Equal("text", await _cache.GetStringAsync("s"));
        var bus = _provider.GetRequiredService<Federation.GraphQL.Subscriptions.ITopicEventSender>();
        await bus.SendAsync("t", 1);
        Assert.Equal(1, _connections);
        Assert.Equal("text", (string?)await Db.HashGetAsync(_prefix + "s", "data")); // Microsoft's layout: a hash with data, absexp, sldexp
    }

    [Fact]
    public async Task Set_Get_Remove_Round_Trip_Keeps_The_Bytes()
    {
        var bytes = new byte[] { 0, 1, 2, 254, 255 };
        await _cache.SetAsync("a", bytes, new DistributedCacheEntryOptions());
        Assert.Equal(bytes, await _cache.GetAsync("a"));
        Assert.Equal(bytes, _cache.Get("a"));
        Assert.Null(await Db.KeyTimeToLiveAsync(_prefix + "a")); // no expiry asked: none set
        await _cache.RemoveAsync("a");
        Assert.Null(await _cache.GetAsync("a"));
        Assert.Null(_cache.Get("never-set"));
    }

    // Timing tests use windows of seconds and assert on TTLs: the test machine can stall for a second under load.
    [Fact]
    public async Task Absolute_Expiration_Removes_The_Entry()
    {
        await _cache.SetAsync("abs", [1], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMilliseconds(1500) });
        Assert.InRange(await TtlMs("abs"), 1, 1500);
        await Task.Delay(1700);
        Assert.Null(await _cache.GetAsync("abs"));
    }

    [Fact]
    public async Task Sliding_Expiration_Is_Extended_By_Reads_And_Refresh()
    {
        await _cache.SetAsync("slide", [1], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMilliseconds(3000) });
        await Task.Delay(1100);
        var aged = await TtlMs("slide");
        Assert.InRange(aged, 1, 1950); // time passes...
        Assert.NotNull(await _cache.GetAsync("slide"));
        Assert.InRange(await TtlMs("slide"), aged + 500, 3000); // ...and a read slides the window back
        await Task.Delay(1100);
        aged = await TtlMs("slide");
        Assert.InRange(aged, 1, 1950);
        await _cache.RefreshAsync("slide");
        Assert.InRange(await TtlMs("slide"), aged + 500, 3000);
        await Task.Delay(3200);
        Assert.Null(await _cache.GetAsync("slide"));
    }

    [Fact]
    public async Task Sliding_Never_Extends_Past_The_Absolute_Expiry()
    {
        await _cache.SetAsync("capped", [1], new DistributedCacheEntryOptions
        {
            SlidingExpiration = TimeSpan.FromMinutes(5),
            AbsoluteExpirationRelativeToNow = TimeSpan.FromMilliseconds(2000),
        });
        Assert.InRange(await TtlMs("capped"), 1, 2000);
        await Task.Delay(700);
        await _cache.RefreshAsync("capped");
        Assert.InRange(await TtlMs("capped"), 0, 1300);
        await Task.Delay(1500);
        Assert.Null(await _cache.GetAsync("capped"));
    }

    [Fact]
    public async Task Rejects_An_Absolute_Expiration_In_The_Past()
    {
        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _cache.SetAsync("past", [1],
            new DistributedCacheEntryOptions { AbsoluteExpiration = DateTimeOffset.UtcNow.AddSeconds(-1) }));
        Assert.Contains("The absolute expiration value must be in the future.", ex.Message);
    }

    private async Task<double> TtlMs(string key) => (await Db.KeyTimeToLiveAsync(_prefix + key))?.TotalMilliseconds ?? 0;
}
