using System.Globalization;
using Federation.Redis.Protocol;

namespace Federation.Redis.Cluster;

/// <summary>A primary of the cluster as the topology reported it.</summary>
public sealed record ClusterNodeInfo(string Id, string EndPoint);

/// <summary>
/// Which primary serves each of the 16384 slots, read from <c>CLUSTER SHARDS</c> (Redis 7) or <c>CLUSTER SLOTS</c>.
/// Endpoints are <c>host:port</c> text, the form MOVED and ASK replies use.
/// </summary>
internal sealed class ClusterTopology
{
    private ClusterTopology(string?[] slots, IReadOnlyList<ClusterNodeInfo> primaries)
    {
        Slots = slots;
        Primaries = primaries;
    }

    /// <summary>Owner endpoint per slot (null while unassigned).</summary>
    public string?[] Slots { get; }

    public IReadOnlyList<ClusterNodeInfo> Primaries { get; }

    /// <summary>Reads a CLUSTER SHARDS reply; <paramref name="seedHost"/> stands in for a node that reports no address.</summary>
    public static ClusterTopology FromShards(in RespValue reply, string seedHost)
    {
        var slots = new string?[HashSlot.Count];
        var primaries = new List<ClusterNodeInfo>();
        foreach (var shard in reply.Elements)
        {
            var fields = Fields(shard);
            if (!fields.TryGetValue("nodes", out var nodes)) continue;
            ClusterNodeInfo? primary = null;
            foreach (var node in nodes.Elements)
            {
                var n = Fields(node);
                if (Text(n, "role") != "master") continue;
                if (Text(n, "health") is { } health && health != "online" && primary is not null) continue;
                var host = Text(n, "endpoint") is { Length: > 0 } e && e != "?" ? e : Text(n, "ip") is { Length: > 0 } ip ? ip : seedHost;
                var port = n.TryGetValue("port", out var p) ? p.AsInt64() : n.TryGetValue("tls-port", out var tp) ? tp.AsInt64() : 0;
                primary = new ClusterNodeInfo(Text(n, "id") ?? "", FormatEndPoint(host, port));
            }
            if (primary is null) continue;
            primaries.Add(primary);
            if (!fields.TryGetValue("slots", out var ranges)) continue;
            var r = ranges.Elements;
            for (var i = 0; i + 1 < r.Length; i += 2) Assign(slots, r[i].AsInt64(), r[i + 1].AsInt64(), primary.EndPoint);
        }
        return new ClusterTopology(slots, primaries);
    }

    /// <summary>Reads a CLUSTER SLOTS reply (each entry: start, end, [host, port, id, ...], replicas...).</summary>
    public static ClusterTopology FromSlots(in RespValue reply, string seedHost)
    {
        var slots = new string?[HashSlot.Count];
        var primaries = new Dictionary<string, ClusterNodeInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var range in reply.Elements)
        {
            var parts = range.Elements;
            if (parts.Length < 3) continue;
            var node = parts[2].Elements;
            if (node.Length < 2) continue;
            var host = node[0].AsString() is { Length: > 0 } h && h != "?" ? h : seedHost;
            var endPoint = FormatEndPoint(host, node[1].AsInt64());
            if (!primaries.ContainsKey(endPoint)) primaries[endPoint] = new ClusterNodeInfo(node.Length > 2 ? node[2].AsString() ?? "" : "", endPoint);
            Assign(slots, parts[0].AsInt64(), parts[1].AsInt64(), endPoint);
        }
        return new ClusterTopology(slots, [.. primaries.Values]);
    }

    public static string FormatEndPoint(string host, long port) =>
        (host.Contains(':') ? $"[{host}]" : host) + ":" + port.ToString(CultureInfo.InvariantCulture);

    private static void Assign(string?[] slots, long start, long end, string endPoint)
    {
        for (var s = Math.Max(0, start); s <= end && s < HashSlot.Count; s++) slots[s] = endPoint;
    }

    /// <summary>A RESP3 map and a RESP2 flat list of name/value pairs read the same way.</summary>
    private static Dictionary<string, RespValue> Fields(in RespValue value)
    {
        var flat = value.Elements;
        var result = new Dictionary<string, RespValue>(flat.Length / 2, StringComparer.Ordinal);
        for (var i = 0; i + 1 < flat.Length; i += 2) result[flat[i].AsString() ?? ""] = flat[i + 1];
        return result;
    }

    private static string? Text(Dictionary<string, RespValue> fields, string name) =>
        fields.TryGetValue(name, out var v) && !v.IsNull && !v.IsAggregate ? v.AsString() : null;
}
