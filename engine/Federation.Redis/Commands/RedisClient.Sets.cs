using Federation.Redis.Protocol;

namespace Federation.Redis;

public sealed partial class RedisClient
{
    /// <summary>SADD: how many members were new.</summary>
    public async Task<long> SetAddAsync(string key, params string[] members)
    {
        var e = Command("SADD", key, members.Length);
        foreach (var m in members) e.Add(m);
        return (await Send(ref e, default).ConfigureAwait(false)).AsInt64();
    }

    /// <summary>SREM: how many members were there.</summary>
    public async Task<long> SetRemoveAsync(string key, params string[] members)
    {
        var e = Command("SREM", key, members.Length);
        foreach (var m in members) e.Add(m);
        return (await Send(ref e, default).ConfigureAwait(false)).AsInt64();
    }

    public async Task<string[]> SetMembersAsync(string key, CancellationToken cancellationToken = default)
    {
        var e = Command("SMEMBERS", key, 0);
        return Strings(await Send(ref e, cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<bool> SetContainsAsync(string key, string member, CancellationToken cancellationToken = default)
    {
        var e = Command("SISMEMBER", key, 1);
        e.Add(member);
        return (await Send(ref e, cancellationToken).ConfigureAwait(false)).AsInt64() == 1;
    }

    public async Task<long> SetLengthAsync(string key, CancellationToken cancellationToken = default)
    {
        var e = Command("SCARD", key, 0);
        return (await Send(ref e, cancellationToken).ConfigureAwait(false)).AsInt64();
    }
}
