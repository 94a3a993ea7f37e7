using System.Text;

namespace Federation.Subgraph.Tests.Tracing;

/// <summary>
/// An independent protobuf reader for the tests (protobuf "Encoding": varints and length-delimited fields only), and
/// the reports.proto <c>Trace</c> fields the tests look at, decoded by field number.
/// </summary>
internal static class ProtobufReader
{
    /// <summary>The fields of one message: field number, wire type, and the varint or the bytes.</summary>
    public static List<(int Field, ulong Varint, byte[]? Bytes)> ReadFields(ReadOnlySpan<byte> data)
    {
        var fields = new List<(int, ulong, byte[]?)>();
        var i = 0;
        while (i < data.Length)
        {
            var tag = ReadVarint(data, ref i);
            var field = (int)(tag >> 3);
            switch ((int)(tag & 7))
            {
                case 0:
                    fields.Add((field, ReadVarint(data, ref i), null));
                    break;
                case 2:
                    var length = (int)ReadVarint(data, ref i);
                    fields.Add((field, 0, data.Slice(i, length).ToArray()));
                    i += length;
                    break;
                default:
                    throw new InvalidDataException($"Unexpected wire type {tag & 7} for field {field}.");
            }
        }
        return fields;
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> data, ref int i)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = data[i++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
        throw new InvalidDataException("Varint longer than 10 bytes.");
    }

    public static DecodedTrace DecodeTrace(byte[] bytes)
    {
        var trace = new DecodedTrace();
        foreach (var (field, varint, data) in ReadFields(bytes))
        {
            switch (field)
            {
                case 3: trace.EndTime = DecodeTimestamp(data!); break;
                case 4: trace.StartTime = DecodeTimestamp(data!); break;
                case 11: trace.DurationNs = varint; break;
                case 14: trace.Root = DecodeNode(data!); break;
            }
        }
        return trace;
    }

    private static DateTimeOffset DecodeTimestamp(byte[] bytes)
    {
        long seconds = 0, nanos = 0;
        foreach (var (field, varint, _) in ReadFields(bytes))
        {
            if (field == 1) seconds = (long)varint;
            if (field == 2) nanos = (long)varint;
        }
        return DateTimeOffset.FromUnixTimeSeconds(seconds).AddTicks(nanos / 100);
    }

    private static DecodedNode DecodeNode(byte[] bytes)
    {
        var node = new DecodedNode();
        foreach (var (field, varint, data) in ReadFields(bytes))
        {
            switch (field)
            {
                case 1: node.ResponseName = Encoding.UTF8.GetString(data!); break;
                case 2: node.Index = (int)varint; break;
                case 3: node.Type = Encoding.UTF8.GetString(data!); break;
                case 8: node.StartTime = varint; break;
                case 9: node.EndTime = varint; break;
                case 11: node.Errors.Add(DecodeError(data!)); break;
                case 12: node.Children.Add(DecodeNode(data!)); break;
                case 13: node.ParentType = Encoding.UTF8.GetString(data!); break;
                case 14: node.OriginalFieldName = Encoding.UTF8.GetString(data!); break;
            }
        }
        return node;
    }

    private static DecodedError DecodeError(byte[] bytes)
    {
        var error = new DecodedError();
        foreach (var (field, _, data) in ReadFields(bytes))
        {
            if (field == 1) error.Message = Encoding.UTF8.GetString(data!);
            if (field == 2) error.Locations.Add(ReadFields(data!).Select(f => (int)f.Varint).ToArray());
            if (field == 4) error.Json = Encoding.UTF8.GetString(data!);
        }
        return error;
    }
}

internal sealed class DecodedTrace
{
    public DateTimeOffset StartTime { get; set; }
    public DateTimeOffset EndTime { get; set; }
    public ulong DurationNs { get; set; }
    public DecodedNode Root { get; set; } = new();
}

internal sealed class DecodedNode
{
    public string? ResponseName { get; set; }
    public int? Index { get; set; }
    public string? Type { get; set; }
    public string? ParentType { get; set; }
    public string? OriginalFieldName { get; set; }
    public ulong StartTime { get; set; }
    public ulong EndTime { get; set; }
    public List<DecodedError> Errors { get; } = [];
    public List<DecodedNode> Children { get; } = [];

    public DecodedNode Child(string responseName) => Children.Single(c => c.ResponseName == responseName);

    public DecodedNode Item(int index) => Children.Single(c => c.Index == index);
}

internal sealed class DecodedError
{
    public string Message { get; set; } = "";
    public List<int[]> Locations { get; } = [];
    public string? Json { get; set; }
}
