using Federation.Redis.Caching;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Redis.Tests;

public class DistributedCacheTests : IAsyncLifetime
{
    private RedisClient _redis = null!;
    private RedisDistributedCache _cache = null!;
    private readonly string _prefix = RedisTestServer.Key("cache") + ":";

    public async Task InitializeAsync()
    {
        _redis = await RedisClient.ConnectAsync(RedisTestServer.Shared);
        _cache = new RedisDistributedCache(_redis, _prefix);
    }

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task Set_Get_Remove_Round_Trip_Keeps_The_Bytes()
    {
        var bytes = new byte[] { 0, 1, 2, 254, 255 };
        await _cache.SetAsync("a", bytes, new DistributedCacheEntryOptions());
        Assert.Equal(bytes, await _cache.GetAsync("a"));
        Assert.Equal(bytes, _cache.Get("a"));
        Assert.Null(await _redis.TimeToLiveAsync(_prefix + "a")); // no expiry asked: none set
        await _cache.RemoveAsync("a");
        Assert.Null(await _cache.GetAsync("a"));
        Assert.Null(_cache.Get("never-set"));
    }

    [Fact]
    public async Task Entry_Is_A_Hash_Of_Data_Sliding_Window_And_Absolute_Expiry()
    {
        var absolute = DateTimeOffset.UtcNow.AddMinutes(10);
        await _cache.SetAsync("h", [42], new DistributedCacheEntryOptions { AbsoluteExpiration = absolute, SlidingExpiration = TimeSpan.FromMinutes(2) });
        var fields = await _redis.HashGetAllAsync(_prefix + "h");
        Assert.Equal(absolute.ToUnixTimeMilliseconds().ToString(), fields["absexp"]);
        Assert.Equal("120000", fields["sldexp"]);
        Assert.Equal("*", fields["data"]);
        Assert.InRange((await _redis.TimeToLiveAsync(_prefix + "h"))!.Value.TotalSeconds, 110, 120); // sliding wins
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
        // Delays run a little long so that a timer ending early never reads a TTL that has not moved yet.
        await Task.Delay(1100);
        var aged = await TtlMs("slide");
        Assert.InRange(aged, 1, 1950); // time passes...
        Assert.NotNull(await _cache.GetAsync("slide"));
        var slid = await TtlMs("slide");
        Assert.InRange(slid, aged + 500, 3000); // ...and a read slides the window back
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

    private async Task<double> TtlMs(string key) => (await _redis.TimeToLiveAsync(_prefix + key))?.TotalMilliseconds ?? 0;

    [Fact]
    public async Task Rejects_An_Absolute_Expiration_In_The_Past()
    {
        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _cache.SetAsync("past", [1],
            new DistributedCacheEntryOptions { AbsoluteExpiration = DateTimeOffset.UtcNow.AddSeconds(-1) }));
        Assert.Contains("The absolute expiration value must be in the future.", ex.Message);
    }

    [Fact]
    public async Task Registers_As_The_Distributed_Cache()
    {
        var services = new ServiceCollection().AddRedisDistributedCache(RedisTestServer.Shared, _prefix + "di:");
        await using var provider = services.BuildServiceProvider();
        var cache = provider.GetRequiredService<IDistributedCache>();
        Assert.IsType<RedisDistributedCache>(cache);
        await cache.SetStringAsync("s", "text");
        Assert.Equal("text", await cache.GetStringAsync("s"));
        Assert.Equal("text", await _redis.HashGetAsync(_prefix + "di:s", "data"));
    }
}
