using Federation.Redis.Protocol;

namespace Federation.Redis;

public sealed partial class RedisClient
{
    /// <summary>HSET of one field: true when the field is new.</summary>
    public async Task<bool> HashSetAsync(string key, string field, string value, CancellationToken cancellationToken = default)
    {
        var e = Command("HSET", key, 2);
        e.Add(field);
        e.Add(value);
        return (await Send(ref e, cancellationToken).ConfigureAwait(false)).AsInt64() == 1;
    }

    /// <summary>HSET of many fields: how many were new.</summary>
    public async Task<long> HashSetAsync(string key, IReadOnlyCollection<KeyValuePair<string, string>> fields,
        CancellationToken cancellationToken = default)
    {
        var e = Command("HSET", key, fields.Count * 2);
        foreach (var (field, value) in fields)
        {
            e.Add(field);
            e.Add(value);
        }
        return (await Send(ref e, cancellationToken).ConfigureAwait(false)).AsInt64();
    }

    public async Task<string?> HashGetAsync(string key, string field, CancellationToken cancellationToken = default)
    {
        var e = Command("HGET", key, 1);
        e.Add(field);
        return (await Send(ref e, cancellationToken).ConfigureAwait(false)).AsString();
    }

    public async Task<Dictionary<string, string>> HashGetAllAsync(string key, CancellationToken cancellationToken = default)
    {
        var e = Command("HGETALL", key, 0);
        return Pairs(await Send(ref e, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>HDEL: how many of the fields existed.</summary>
    public async Task<long> HashDeleteAsync(string key, params string[] fields)
    {
        var e = Command("HDEL", key, fields.Length);
        foreach (var f in fields) e.Add(f);
        return (await Send(ref e, default).ConfigureAwait(false)).AsInt64();
    }

    public async Task<long> HashIncrementAsync(string key, string field, long by = 1, CancellationToken cancellationToken = default)
    {
        var e = Command("HINCRBY", key, 2);
        e.Add(field);
        e.Add(by);
        return (await Send(ref e, cancellationToken).ConfigureAwait(false)).AsInt64();
    }
}
