using System.Buffers;
using System.Text;
using System.Text.Json;
using Federation.GraphQL;
using Federation.GraphQL.Execution;

namespace Federation.Subgraph.Tracing;

/// <summary>
/// Encodes a trace as Apollo's reports.proto <c>Trace</c> message: start_time (4) and end_time (3) as
/// google.protobuf.Timestamp, duration_ns (11) and the root node (14). Field numbers below are the .proto's.
/// </summary>
internal static class TraceEncoder
{
    public static byte[] Encode(DateTimeOffset start, ulong durationNs, TraceNode root)
    {
        var writer = new ProtobufWriter();
        var end = start.AddTicks((long)(durationNs / 100));
        writer.WriteMessage(3, end, WriteTimestamp);
        writer.WriteMessage(4, start, WriteTimestamp);
        writer.WriteUInt64(11, durationNs);
        writer.WriteMessage(14, root, WriteNode);
        return writer.WrittenSpan.ToArray();
    }

    /// <summary>google.protobuf.Timestamp: seconds (1) and nanos (2) since the Unix epoch.</summary>
    private static void WriteTimestamp(ProtobufWriter writer, DateTimeOffset time)
    {
        var ticks = time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        writer.WriteInt64(1, ticks / TimeSpan.TicksPerSecond);
        writer.WriteInt64(2, ticks % TimeSpan.TicksPerSecond * 100);
    }

    /// <summary>Trace.Node: response_name (1) or index (2), type (3), start_time (8), end_time (9), error (11), child (12), parent_type (13), original_field_name (14).</summary>
    private static void WriteNode(ProtobufWriter writer, TraceNode node)
    {
        if (node.ResponseName is { } name) writer.WriteString(1, name, always: true);
        else if (node.Index >= 0) writer.WriteUInt64(2, (ulong)node.Index, always: true);
        writer.WriteString(3, node.Type);
        writer.WriteUInt64(8, node.StartTime);
        writer.WriteUInt64(9, node.EndTime);
        if (node.Errors is { } errors) foreach (var error in errors) writer.WriteMessage(11, error, WriteError);
        if (node.Children is { } children) foreach (var child in children) writer.WriteMessage(12, child, WriteNode);
        writer.WriteString(13, node.ParentType);
        writer.WriteString(14, node.OriginalFieldName);
    }

    /// <summary>Trace.Error: message (1), location (2: line 1, column 2), json (4: the error as the response writes it).</summary>
    private static void WriteError(ProtobufWriter writer, GraphQLError error)
    {
        writer.WriteString(1, error.Message, always: true);
        if (error.Locations is { } locations)
        {
            foreach (var location in locations)
            {
                writer.WriteMessage(2, location, static (w, l) =>
                {
                    w.WriteUInt64(1, (ulong)Math.Max(0, l.Line));
                    w.WriteUInt64(2, (ulong)Math.Max(0, l.Column));
                });
            }
        }
        writer.WriteString(4, ErrorJson(error));
    }

    private static string ErrorJson(GraphQLError error)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, ResultJsonWriter.Options)) ResultJsonWriter.WriteError(json, error);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
