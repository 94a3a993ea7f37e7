using System.Text;
using System.Threading.Channels;

namespace Federation.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// The single writer of a socket: every outgoing message goes through this queue, so frames of concurrent operations
/// never interleave and at most one send is in flight. A requested close is sent after the frame being written,
/// skipping whatever else is queued.
/// </summary>
internal sealed class GraphQLWsOutbox
{
    private readonly Channel<GraphQLWsFrame> _frames = Channel.CreateUnbounded<GraphQLWsFrame>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = false });
    private readonly Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask> _send;
    private readonly Func<int, string, CancellationToken, Task> _sendClose;
    private CloseRequest? _close;

    public GraphQLWsOutbox(Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask> send, Func<int, string, CancellationToken, Task> sendClose)
    {
        _send = send;
        _sendClose = sendClose;
    }

    /// <summary>The close that was requested first (null while the socket is open).</summary>
    public (int Code, string Reason)? CloseStatus => Volatile.Read(ref _close) is { } c ? (c.Code, c.Reason) : null;

    public bool IsClosing => Volatile.Read(ref _close) is not null;

    /// <summary>Queues a frame; false (and the frame released) once the socket is closing.</summary>
    public bool TryEnqueue(GraphQLWsFrame frame)
    {
        if (IsClosing || !_frames.Writer.TryWrite(frame))
        {
            frame.Release();
            return false;
        }
        return true;
    }

    /// <summary>Requests the close handshake with <paramref name="code"/>; the first request wins. True when this one did.</summary>
    public bool Close(int code, string reason)
    {
        var won = Interlocked.CompareExchange(ref _close, new CloseRequest(code, LimitReason(reason)), null) is null;
        _frames.Writer.TryComplete();
        return won;
    }

    /// <summary>Ends the writer without a close frame (the socket is gone).</summary>
    public void Abandon() => _frames.Writer.TryComplete();

    /// <summary>Writes queued frames until the outbox is closed, then sends the close frame if one was requested.</summary>
    public async Task RunAsync(CancellationToken aborted)
    {
        var reader = _frames.Reader;
        try
        {
            while (await reader.WaitToReadAsync(aborted).ConfigureAwait(false))
            {
                while (reader.TryRead(out var frame))
                {
                    try
                    {
                        if (!IsClosing && (frame.Owner?.TryTake(frame) ?? true)) await _send(frame.Memory, aborted).ConfigureAwait(false);
                    }
                    finally
                    {
                        frame.Release();
                    }
                }
            }
            if (Volatile.Read(ref _close) is { } close) await _sendClose(close.Code, close.Reason, aborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or System.Net.WebSockets.WebSocketException
            or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The socket went away under the writer: nothing more can be sent.
        }
        finally
        {
            _frames.Writer.TryComplete();
            while (reader.TryRead(out var left)) left.Release();
        }
    }

    /// <summary>A close reason is at most 123 bytes of UTF-8 (RFC 6455 5.5).</summary>
    private static string LimitReason(string reason)
    {
        if (Encoding.UTF8.GetByteCount(reason) <= 123) return reason;
        var length = reason.Length;
        while (length > 0 && Encoding.UTF8.GetByteCount(reason.AsSpan(0, length)) > 120) length--;
        if (length > 0 && char.IsHighSurrogate(reason[length - 1])) length--;
        return reason[..length] + "...";
    }

    private sealed record CloseRequest(int Code, string Reason);
}
