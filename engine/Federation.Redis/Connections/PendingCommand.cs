using System.Buffers;
using Federation.Redis.Protocol;

namespace Federation.Redis.Connections;

/// <summary>
/// A command waiting for its reply: the encoded bytes until they are written, then the completion the reply fulfils.
/// Continuations run asynchronously so the reader loop never runs caller code.
/// </summary>
internal sealed class PendingCommand : TaskCompletionSource<RespValue>
{
    private byte[]? _buffer;

    public PendingCommand(ref CommandEncoder encoder, bool expectsReply)
        : base(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        Name = encoder.Name;
        (_buffer, Length) = encoder.Detach();
        ExpectsReply = expectsReply;
    }

    public string Name { get; }
    public int Length { get; }
    public bool ExpectsReply { get; }
    public long Deadline { get; set; }
    public CancellationTokenRegistration Registration { get; set; }

    public ReadOnlySpan<byte> Bytes => _buffer.AsSpan(0, Length);

    public void ReleaseBuffer()
    {
        var b = Interlocked.Exchange(ref _buffer, null);
        if (b is not null) ArrayPool<byte>.Shared.Return(b);
    }

    public void Complete(in RespValue reply)
    {
        if (reply.IsError) TrySetException(new RedisServerException(reply.AsString() ?? ""));
        else TrySetResult(reply);
        Registration.Dispose();
    }

    public void Fail(Exception error)
    {
        TrySetException(error);
        Registration.Dispose();
    }
}
