using Federation.Redis.Protocol;

namespace Federation.Redis;

public sealed partial class RedisClient
{
    /// <summary>ZADD of one member: true when it is new.</summary>
    public async Task<bool> SortedSetAddAsync(string key, string member, double score, CancellationToken cancellationToken = default)
    {
        var e = Command("ZADD", key, 2);
        e.Add(score);
        e.Add(member);
        return (await Send(ref e, cancellationToken).ConfigureAwait(false)).AsInt64() == 1;
    }

    /// <summary>ZADD of many members: how many were new.</summary>
    public async Task<long> SortedSetAddAsync(string key, IReadOnlyCollection<(string Member, double Score)> members,
        CancellationToken cancellationToken = default)
    {
        var e = Command("ZADD", key, members.Count * 2);
        foreach (var (member, score) in members)
        {
            e.Add(score);
            e.Add(member);
        }
        return (await Send(ref e, cancellationToken).ConfigureAwait(false)).AsInt64();
    }

    /// <summary>ZRANGE by rank (inclusive, negative counts from the end).</summary>
    public async Task<string[]> SortedSetRangeAsync(string key, long start = 0, long stop = -1, CancellationToken cancellationToken = default)
    {
        var e = Command("ZRANGE", key, 2);
        e.Add(start);
        e.Add(stop);
        return Strings(await Send(ref e, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>ZRANGE ... WITHSCORES.</summary>
    public async Task<(string Member, double Score)[]> SortedSetRangeWithScoresAsync(string key, long start = 0, long stop = -1,
        CancellationToken cancellationToken = default)
    {
        var e = Command("ZRANGE", key, 3);
        e.Add(start);
        e.Add(stop);
        e.Add("WITHSCORES");
        var elements = (await Send(ref e, cancellationToken).ConfigureAwait(false)).Elements;
        if (elements.Length > 0 && elements[0].IsAggregate)
        {
            // RESP3: [[member, score], ...]
            var pairs = new (string, double)[elements.Length];
            for (var i = 0; i < elements.Length; i++)
            {
                pairs[i] = (elements[i].Elements[0].AsString()!, elements[i].Elements[1].AsDouble());
            }
            return pairs;
        }
        var flat = new (string, double)[elements.Length / 2]; // RESP2: member, score, member, score...
        for (var i = 0; i < flat.Length; i++) flat[i] = (elements[2 * i].AsString()!, elements[2 * i + 1].AsDouble());
        return flat;
    }

    public async Task<long> SortedSetRemoveAsync(string key, params string[] members)
    {
        var e = Command("ZREM", key, members.Length);
        foreach (var m in members) e.Add(m);
        return (await Send(ref e, default).ConfigureAwait(false)).AsInt64();
    }

    /// <summary>ZSCORE: null when the member is absent.</summary>
    public async Task<double?> SortedSetScoreAsync(string key, string member, CancellationToken cancellationToken = default)
    {
        var e = Command("ZSCORE", key, 1);
        e.Add(member);
        var reply = await Send(ref e, cancellationToken).ConfigureAwait(false);
        return reply.IsNull ? null : reply.AsDouble();
    }
}
