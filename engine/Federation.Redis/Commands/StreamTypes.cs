namespace Federation.Redis;

/// <summary>One stream entry: its id and its field/value pairs in order.</summary>
public sealed record StreamEntry(string Id, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    public string? this[string field]
    {
        get
        {
            foreach (var (f, v) in Fields) if (f == field) return v;
            return null;
        }
    }
}

/// <summary>XAUTOCLAIM's answer: where to continue, the entries now owned by the caller, ids deleted meanwhile.</summary>
public sealed record StreamAutoClaimResult(string NextStartId, StreamEntry[] Entries, string[] DeletedIds);

/// <summary>XPENDING summary form.</summary>
public sealed record StreamPendingSummary(long Count, string? LowestId, string? HighestId,
    IReadOnlyDictionary<string, long> PendingPerConsumer);

/// <summary>XPENDING extended form: one delivered, unacknowledged entry.</summary>
public sealed record StreamPendingEntry(string Id, string Consumer, TimeSpan Idle, long DeliveryCount);
