using Federation.Redis.Protocol;

namespace Federation.Redis;

/// <summary>When SET writes.</summary>
public enum SetCondition
{
    Always,
    /// <summary>NX: only when the key does not exist.</summary>
    NotExists,
    /// <summary>XX: only when the key exists.</summary>
    Exists,
}

public sealed partial class RedisClient
{
    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var e = Command("GET", key, 0);
        return (await Send(ref e, cancellationToken).ConfigureAwait(false)).AsString();
    }

    public async Task<byte[]?> GetBytesAsync(string key, CancellationToken cancellationToken = default)
    {
        var e = Command("GET", key, 0);
        var reply = await Send(ref e, cancellationToken).ConfigureAwait(false);
        return reply.IsNull ? null : reply.Bytes;
    }

    /// <summary>SET with EX/PX (from <paramref name="expiry"/>), NX/XX and KEEPTTL; false when NX/XX kept it from writing.</summary>
    public Task<bool> SetAsync(string key, string value, TimeSpan? expiry = null, SetCondition when = SetCondition.Always,
        bool keepTtl = false, CancellationToken cancellationToken = default) =>
        SetCoreAsync(key, value, expiry, when, keepTtl, cancellationToken);

    public Task<bool> SetAsync(string key, ReadOnlyMemory<byte> value, TimeSpan? expiry = null, SetCondition when = SetCondition.Always,
        bool keepTtl = false, CancellationToken cancellationToken = default) =>
        SetCoreAsync(key, value, expiry, when, keepTtl, cancellationToken);

    private async Task<bool> SetCoreAsync(string key, object value, TimeSpan? expiry, SetCondition when, bool keepTtl,
        CancellationToken cancellationToken)
    {
        if (keepTtl && expiry is not null) throw new ArgumentException("KEEPTTL and an expiry exclude each other.");
        var e = Command("SET", key, 1 + (expiry is null ? 0 : 2) + (when == SetCondition.Always ? 0 : 1) + (keepTtl ? 1 : 0));
        e.Add(value);
        if (expiry is { } ttl)
        {
            var ms = (long)ttl.TotalMilliseconds;
            if (ms <= 0) { e.Abandon(); throw new ArgumentOutOfRangeException(nameof(expiry), "An expiry must be positive."); }
            if (ms % 1000 == 0) { e.Add("EX"); e.Add(ms / 1000); }
            else { e.Add("PX"); e.Add(ms); }
        }
        if (when != SetCondition.Always) e.Add(when == SetCondition.NotExists ? "NX" : "XX");
        if (keepTtl) e.Add("KEEPTTL");
        var reply = await Send(ref e, cancellationToken).ConfigureAwait(false);
        return !reply.IsNull;
    }

    public async Task<string?[]> MGetAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        var e = new CommandEncoder("MGET", keys.Count);
        foreach (var k in keys) e.AddKey(k);
        return Strings(await Send(ref e, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>DEL: how many of the keys existed.</summary>
    public async Task<long> DeleteAsync(params string[] keys)
    {
        var e = new CommandEncoder("DEL", keys.Length);
        foreach (var k in keys) e.AddKey(k);
        return (await Send(ref e, default).ConfigureAwait(false)).AsInt64();
    }

    public async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default)
    {
        var e = Command("EXISTS", key, 0);
        return (await Send(ref e, cancellationToken).ConfigureAwait(false)).AsInt64() > 0;
    }

    /// <summary>EXPIRE (PEXPIRE for sub-second precision); false when the key does not exist.</summary>
    public async Task<bool> ExpireAsync(string key, TimeSpan ttl, CancellationToken cancellationToken = default)
    {
        var ms = (long)ttl.TotalMilliseconds;
        var e = Command(ms % 1000 == 0 ? "EXPIRE" : "PEXPIRE", key, 1);
        e.Add(ms % 1000 == 0 ? ms / 1000 : ms);
        return (await Send(ref e, cancellationToken).ConfigureAwait(false)).AsInt64() == 1;
    }

    /// <summary>PTTL: null when the key has no expiry or does not exist.</summary>
    public async Task<TimeSpan?> TimeToLiveAsync(string key, CancellationToken cancellationToken = default)
    {
        var e = Command("PTTL", key, 0);
        var ms = (await Send(ref e, cancellationToken).ConfigureAwait(false)).AsInt64();
        return ms < 0 ? null : TimeSpan.FromMilliseconds(ms);
    }

    /// <summary>INCR (or INCRBY when <paramref name="by"/> is not 1): the new value.</summary>
    public async Task<long> IncrementAsync(string key, long by = 1, CancellationToken cancellationToken = default)
    {
        var e = Command(by == 1 ? "INCR" : "INCRBY", key, by == 1 ? 0 : 1);
        if (by != 1) e.Add(by);
        return (await Send(ref e, cancellationToken).ConfigureAwait(false)).AsInt64();
    }
}
