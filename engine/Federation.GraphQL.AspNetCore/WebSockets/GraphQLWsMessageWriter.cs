using System.Buffers;
using System.Text.Json;
using Federation.GraphQL.Execution;

namespace Federation.GraphQL.AspNetCore.WebSockets;

/// <summary>Serializes server messages into pooled UTF-8 frames (one WebSocket text message each).</summary>
internal static class GraphQLWsMessageWriter
{
    public static GraphQLWsFrame ConnectionAck(IReadOnlyDictionary<string, object?>? payload)
        => WithPayload(GraphQLWsProtocol.ConnectionAck, payload);

    public static GraphQLWsFrame Ping() => WithPayload(GraphQLWsProtocol.Ping, null);

    public static GraphQLWsFrame Pong(IReadOnlyDictionary<string, object?>? payload) => WithPayload(GraphQLWsProtocol.Pong, payload);

    public static GraphQLWsFrame Next(string id, ExecutionResult result)
    {
        var frame = new GraphQLWsFrame();
        using (var writer = new Utf8JsonWriter(frame, ResultJsonWriter.FastOptions))
        {
            WriteStart(writer, GraphQLWsProtocol.Next, id);
            writer.WritePropertyName("payload");
            ResultJsonWriter.WriteResult(writer, result);
            writer.WriteEndObject();
        }
        return frame;
    }

    public static GraphQLWsFrame Error(string id, IReadOnlyList<GraphQLError> errors)
    {
        var frame = new GraphQLWsFrame();
        using (var writer = new Utf8JsonWriter(frame, ResultJsonWriter.FastOptions))
        {
            WriteStart(writer, GraphQLWsProtocol.Error, id);
            writer.WriteStartArray("payload");
            foreach (var error in errors) ResultJsonWriter.WriteError(writer, error);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return frame;
    }

    public static GraphQLWsFrame Complete(string id)
    {
        var frame = new GraphQLWsFrame();
        using (var writer = new Utf8JsonWriter(frame, ResultJsonWriter.FastOptions))
        {
            WriteStart(writer, GraphQLWsProtocol.Complete, id);
            writer.WriteEndObject();
        }
        return frame;
    }

    private static GraphQLWsFrame WithPayload(string type, IReadOnlyDictionary<string, object?>? payload)
    {
        var frame = new GraphQLWsFrame();
        using (var writer = new Utf8JsonWriter(frame, ResultJsonWriter.FastOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("type", type);
            if (payload is not null)
            {
                writer.WritePropertyName("payload");
                ResultJsonWriter.WriteValue(writer, payload);
            }
            writer.WriteEndObject();
        }
        return frame;
    }

    private static void WriteStart(Utf8JsonWriter writer, string type, string id)
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("type", type);
    }
}

/// <summary>
/// One serialized server message in a buffer rented from the shared pool; the socket writer returns the buffer once the
/// frame is sent or skipped. A frame that belongs to an operation may be dropped by it while it waits in the outbox.
/// </summary>
internal sealed class GraphQLWsFrame : IBufferWriter<byte>
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(256);
    private int _length;

    public ReadOnlyMemory<byte> Memory => _buffer.AsMemory(0, _length);

    /// <summary>The operation whose buffer bound this frame counts against (null for connection messages).</summary>
    public GraphQLWsOperation? Owner { get; set; }

    /// <summary>Set (under the owner's lock) when the frame was dropped, or its operation ended before it was sent.</summary>
    public bool Dropped { get; set; }

    public void Advance(int count) => _length += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_length);
    }

    public void Release()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
        _length = 0;
    }

    private void Ensure(int sizeHint)
    {
        if (sizeHint < 1) sizeHint = 1;
        if (_buffer.Length - _length >= sizeHint) return;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + sizeHint));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
