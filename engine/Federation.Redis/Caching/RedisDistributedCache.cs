using Federation.Redis.Protocol;
using Microsoft.Extensions.Caching.Distributed;

namespace Federation.Redis.Caching;

/// <summary>
/// <see cref="IDistributedCache"/> on Redis. Each entry is a hash: <c>data</c> (the bytes), <c>absexp</c> (absolute
/// expiry, Unix ms, -1 for none) and <c>sldexp</c> (sliding window in ms, -1 for none); the key's TTL is the sliding
/// window capped by the absolute expiry, and every read or refresh pushes it forward again.
/// </summary>
public sealed class RedisDistributedCache : IDistributedCache, IAsyncDisposable
{
    private const long NotPresent = -1;

    // Set atomically: fields and TTL together (a reader never sees an entry without its expiry).
    private static readonly LuaScript SetScript = new("""
        redis.call('HSET', KEYS[1], 'absexp', ARGV[1], 'sldexp', ARGV[2], 'data', ARGV[4])
        if ARGV[3] ~= '-1' then redis.call('PEXPIRE', KEYS[1], ARGV[3]) else redis.call('PERSIST', KEYS[1]) end
        return 1
        """);

    private readonly Lazy<Task<RedisClient>> _client;
    private readonly bool _ownsClient;
    private readonly string _instanceName;
    private readonly TimeProvider _time;

    /// <summary>A cache over a client the caller owns; keys are prefixed with <paramref name="instanceName"/>.</summary>
    public RedisDistributedCache(RedisClient client, string instanceName = "", TimeProvider? time = null)
    {
        _client = new(Task.FromResult(client));
        _instanceName = instanceName;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>A cache with its own connection, opened on first use.</summary>
    public RedisDistributedCache(string connectionString, string instanceName = "", TimeProvider? time = null)
    {
        _client = new(() => RedisClient.ConnectAsync(connectionString));
        _ownsClient = true;
        _instanceName = instanceName;
        _time = time ?? TimeProvider.System;
    }

    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var client = await _client.Value.ConfigureAwait(false);
        var fields = await Fields(client, key, withData: true, token).ConfigureAwait(false);
        if (fields.Length < 3 || fields[2].IsNull) return null;
        await SlideAsync(client, key, fields[0], fields[1], token).ConfigureAwait(false);
        return fields[2].Bytes;
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) =>
        SetAsync(key, value, options).GetAwaiter().GetResult();

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        var now = _time.GetUtcNow();
        var absolute = options.AbsoluteExpirationRelativeToNow is { } relative ? now + relative : options.AbsoluteExpiration;
        if (absolute <= now)
        {
            throw new ArgumentOutOfRangeException(nameof(options), absolute, "The absolute expiration value must be in the future.");
        }
        var sliding = options.SlidingExpiration is { } s ? (long)s.TotalMilliseconds : NotPresent;
        var absoluteMs = absolute?.ToUnixTimeMilliseconds() ?? NotPresent;
        var ttl = Ttl(absoluteMs, sliding, now.ToUnixTimeMilliseconds());
        var client = await _client.Value.ConfigureAwait(false);
        await client.EvaluateAsync(SetScript, [_instanceName + key], [absoluteMs, sliding, ttl, value], token).ConfigureAwait(false);
    }

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    /// <summary>Pushes the sliding expiry forward without reading the data.</summary>
    public async Task RefreshAsync(string key, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var client = await _client.Value.ConfigureAwait(false);
        var fields = await Fields(client, key, withData: false, token).ConfigureAwait(false);
        if (fields.Length >= 2) await SlideAsync(client, key, fields[0], fields[1], token).ConfigureAwait(false);
    }

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var client = await _client.Value.ConfigureAwait(false);
        await client.DeleteAsync(_instanceName + key).ConfigureAwait(false);
    }

    private async Task<RespValue[]> Fields(RedisClient client, string key, bool withData, CancellationToken token)
    {
        var e = new CommandEncoder("HMGET", withData ? 4 : 3);
        e.AddKey(_instanceName + key);
        e.Add("absexp");
        e.Add("sldexp");
        if (withData) e.Add("data");
        return (await client.Executor.SendAsync(ref e, token).ConfigureAwait(false)).Elements;
    }

    private async Task SlideAsync(RedisClient client, string key, RespValue absoluteField, RespValue slidingField, CancellationToken token)
    {
        if (slidingField.IsNull || absoluteField.IsNull) return;
        var sliding = slidingField.AsInt64();
        if (sliding == NotPresent) return;
        var ttl = Ttl(absoluteField.AsInt64(), sliding, _time.GetUtcNow().ToUnixTimeMilliseconds());
        if (ttl > 0) await client.ExpireAsync(_instanceName + key, TimeSpan.FromMilliseconds(ttl), token).ConfigureAwait(false);
    }

    /// <summary>Milliseconds to live: the sliding window, but never past the absolute expiry; -1 when neither is set.</summary>
    private static long Ttl(long absoluteMs, long slidingMs, long nowMs)
    {
        if (absoluteMs == NotPresent) return slidingMs;
        var untilAbsolute = Math.Max(1, absoluteMs - nowMs);
        return slidingMs == NotPresent ? untilAbsolute : Math.Min(slidingMs, untilAbsolute);
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownsClient && _client.IsValueCreated && _client.Value.IsCompletedSuccessfully)
        {
            await (await _client.Value.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
        }
    }
}
