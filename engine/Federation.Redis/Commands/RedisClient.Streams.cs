using Federation.Redis.Protocol;

namespace Federation.Redis;

public sealed partial class RedisClient
{
    /// <summary>XADD [MAXLEN ~ n] id field value...: the new entry's id.</summary>
    public async Task<string> StreamAddAsync(string key, IReadOnlyCollection<KeyValuePair<string, string>> fields, string id = "*",
        long? approximateMaxLength = null, CancellationToken cancellationToken = default)
    {
        var e = Command("XADD", key, 1 + fields.Count * 2 + (approximateMaxLength is null ? 0 : 3));
        if (approximateMaxLength is { } max)
        {
            e.Add("MAXLEN");
            e.Add("~");
            e.Add(max);
        }
        e.Add(id);
        foreach (var (f, v) in fields)
        {
            e.Add(f);
            e.Add(v);
        }
        return (await Send(ref e, cancellationToken).ConfigureAwait(false)).AsString()!;
    }

    /// <summary>XGROUP CREATE key group id [MKSTREAM]: false when the group already exists (BUSYGROUP).</summary>
    public async Task<bool> StreamCreateGroupAsync(string key, string group, string startId = "$", bool createStream = true,
        CancellationToken cancellationToken = default)
    {
        var e = new CommandEncoder("XGROUP", createStream ? 5 : 4);
        e.Add("CREATE");
        e.AddKey(key);
        e.Add(group);
        e.Add(startId);
        if (createStream) e.Add("MKSTREAM");
        try
        {
            await Send(ref e, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RedisServerException ex) when (ex.ErrorCode == "BUSYGROUP")
        {
            return false;
        }
    }

    /// <summary>
    /// XREADGROUP GROUP g c COUNT n [BLOCK ms] STREAMS key id: the entries read (none when the block timed out).
    /// Id ">" reads new entries; "0" re-reads this consumer's pending ones.
    /// </summary>
    public async Task<StreamEntry[]> StreamReadGroupAsync(string key, string group, string consumer, int count = 10,
        TimeSpan? block = null, string id = ">", CancellationToken cancellationToken = default)
    {
        var e = new CommandEncoder("XREADGROUP", 8 + (block is null ? 0 : 2));
        e.Add("GROUP");
        e.Add(group);
        e.Add(consumer);
        e.Add("COUNT");
        e.Add(count);
        if (block is { } b)
        {
            e.Add("BLOCK");
            e.Add((long)b.TotalMilliseconds);
        }
        e.Add("STREAMS");
        e.AddKey(key);
        e.Add(id);
        var reply = await Send(ref e, cancellationToken).ConfigureAwait(false);
        if (reply.IsNull) return [];
        // RESP3: map stream -> entries; RESP2: [[stream, entries], ...]
        var entries = reply.Type == RespType.Map ? reply.Elements[1] : reply.Elements[0].Elements[1];
        return Entries(entries);
    }

    /// <summary>XACK: how many ids were pending and are now acknowledged.</summary>
    public async Task<long> StreamAcknowledgeAsync(string key, string group, params string[] ids)
    {
        var e = Command("XACK", key, 1 + ids.Length);
        e.Add(group);
        foreach (var id in ids) e.Add(id);
        return (await Send(ref e, default).ConfigureAwait(false)).AsInt64();
    }

    /// <summary>XAUTOCLAIM key group consumer min-idle start COUNT n: takes over entries idle for at least <paramref name="minIdle"/>.</summary>
    public async Task<StreamAutoClaimResult> StreamAutoClaimAsync(string key, string group, string consumer, TimeSpan minIdle,
        string startId = "0-0", int count = 100, CancellationToken cancellationToken = default)
    {
        var e = Command("XAUTOCLAIM", key, 6);
        e.Add(group);
        e.Add(consumer);
        e.Add((long)minIdle.TotalMilliseconds);
        e.Add(startId);
        e.Add("COUNT");
        e.Add(count);
        var parts = (await Send(ref e, cancellationToken).ConfigureAwait(false)).Elements;
        var deleted = parts.Length > 2 ? Strings(parts[2])! : [];
        return new StreamAutoClaimResult(parts[0].AsString()!, Entries(parts[1]), deleted!);
    }

    /// <summary>XPENDING key group (summary form).</summary>
    public async Task<StreamPendingSummary> StreamPendingAsync(string key, string group, CancellationToken cancellationToken = default)
    {
        var e = Command("XPENDING", key, 1);
        e.Add(group);
        var parts = (await Send(ref e, cancellationToken).ConfigureAwait(false)).Elements;
        var perConsumer = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var c in parts[3].Elements) perConsumer[c.Elements[0].AsString()!] = c.Elements[1].AsInt64();
        return new StreamPendingSummary(parts[0].AsInt64(), parts[1].AsString(), parts[2].AsString(), perConsumer);
    }

    /// <summary>XPENDING key group [IDLE ms] start end count [consumer] (extended form).</summary>
    public async Task<StreamPendingEntry[]> StreamPendingEntriesAsync(string key, string group, int count = 100, string? consumer = null,
        TimeSpan? minIdle = null, string start = "-", string end = "+", CancellationToken cancellationToken = default)
    {
        var e = Command("XPENDING", key, 4 + (consumer is null ? 0 : 1) + (minIdle is null ? 0 : 2));
        e.Add(group);
        if (minIdle is { } idle)
        {
            e.Add("IDLE");
            e.Add((long)idle.TotalMilliseconds);
        }
        e.Add(start);
        e.Add(end);
        e.Add(count);
        if (consumer is not null) e.Add(consumer);
        var rows = (await Send(ref e, cancellationToken).ConfigureAwait(false)).Elements;
        var result = new StreamPendingEntry[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i].Elements;
            result[i] = new StreamPendingEntry(r[0].AsString()!, r[1].AsString()!, TimeSpan.FromMilliseconds(r[2].AsInt64()), r[3].AsInt64());
        }
        return result;
    }

    private static StreamEntry[] Entries(in RespValue list)
    {
        var items = list.Elements;
        var result = new List<StreamEntry>(items.Length);
        foreach (var item in items)
        {
            if (item.IsNull || item.Elements.Length < 2) continue;
            var id = item.Elements[0].AsString()!;
            var flat = item.Elements[1].Elements;
            if (item.Elements[1].IsNull) continue; // an entry deleted while pending
            var fields = new KeyValuePair<string, string>[flat.Length / 2];
            for (var i = 0; i < fields.Length; i++) fields[i] = new(flat[2 * i].AsString()!, flat[2 * i + 1].AsString()!);
            result.Add(new StreamEntry(id, fields));
        }
        return [.. result];
    }
}
