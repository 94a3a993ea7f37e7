using System.Text.Json;
using System.Threading.Channels;
using Federation.GraphQL.Subscriptions;

namespace Federation.GraphQL.Redis.Subscriptions;

/// <summary>One local subscriber of a topic: decodes the channel's payloads into its own bounded buffer.</summary>
internal sealed class RedisSourceStream<TMessage> : ISourceStream<TMessage>, ITopicListener
{
    private readonly string _topic;
    private readonly JsonSerializerOptions _json;
    private readonly BufferFullMode _fullMode;
    private readonly Channel<TMessage> _buffer;
    private int _disposed;

    public RedisSourceStream(string topic, RedisSubscriptionOptions options)
    {
        _topic = topic;
        _json = options.JsonOptions;
        _fullMode = options.Buffer.FullMode;
        _buffer = Channel.CreateBounded<TMessage>(new BoundedChannelOptions(Math.Max(1, options.Buffer.Capacity))
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = _fullMode switch
            {
                BufferFullMode.DropOldest => BoundedChannelFullMode.DropOldest,
                BufferFullMode.DropNewest => BoundedChannelFullMode.DropWrite,
                _ => BoundedChannelFullMode.Wait, // TryWrite then fails and the stream ends
            },
        });
    }

    /// <summary>Leaves the topic (set by the bus once the stream is registered).</summary>
    public Func<ValueTask>? Leave { get; set; }

    public void OnPayload(ReadOnlySpan<byte> payload)
    {
        if (payload[0] == RedisTopic.CompleteMark)
        {
            _buffer.Writer.TryComplete();
            return;
        }
        if (payload[0] != RedisTopic.EventMark) return;
        TMessage? value;
        try
        {
            value = JsonSerializer.Deserialize<TMessage>(payload[1..], _json);
        }
        catch (JsonException)
        {
            return; // an event of another shape on this topic: not for this subscriber
        }
        if (!_buffer.Writer.TryWrite(value!) && _fullMode == BufferFullMode.Complete)
        {
            _buffer.Writer.TryComplete(new SubscriptionBufferFullException(_topic));
        }
    }

    public void Complete() => _buffer.Writer.TryComplete();

    public async IAsyncEnumerator<TMessage> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        try
        {
            await foreach (var item in _buffer.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }
        finally
        {
            await DisposeAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        _buffer.Writer.TryComplete();
        if (Leave is { } leave) await leave().ConfigureAwait(false);
    }
}
