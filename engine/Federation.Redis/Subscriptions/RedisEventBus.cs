using System.Buffers;
using System.Text.Json;
using System.Threading.Channels;
using Federation.GraphQL.Subscriptions;
using Federation.Redis.Connections;

namespace Federation.Redis.Subscriptions;

/// <summary>
/// The subscription event bus across server instances: each topic is one Redis channel (<see cref="RedisSubscriptionOptions.ChannelPrefix"/>
/// + topic); messages travel as JSON; every local subscriber has its own bounded buffer, so a slow client never holds
/// up the connection's reader. Connects lazily on first use.
/// </summary>
public sealed class RedisEventBus : ITopicEventSender, ITopicEventReceiver, IAsyncDisposable
{
    // First byte of each channel payload: an event (followed by its JSON) or the end of the topic.
    private const byte EventMark = (byte)'e';
    private const byte CompleteMark = (byte)'c';

    private readonly RedisSubscriptionOptions _options;
    private readonly Lazy<Task<(RedisClient Publisher, RedisSubscriber Subscriber)>> _connections;
    private readonly bool _ownsConnections;

    /// <summary>A bus on its own two connections (one for PUBLISH, one subscribed), opened on first use.</summary>
    public RedisEventBus(RedisConnectionOptions connection, RedisSubscriptionOptions? options = null)
    {
        _options = options ?? new RedisSubscriptionOptions();
        _ownsConnections = true;
        _connections = new(async () =>
        {
            var publisher = await RedisClient.ConnectAsync(connection).ConfigureAwait(false);
            var subscriber = await RedisSubscriber.ConnectAsync(connection).ConfigureAwait(false);
            return (publisher, subscriber);
        });
    }

    /// <summary>A bus over connections the caller owns.</summary>
    public RedisEventBus(RedisClient publisher, RedisSubscriber subscriber, RedisSubscriptionOptions? options = null)
    {
        _options = options ?? new RedisSubscriptionOptions();
        _connections = new(Task.FromResult((publisher, subscriber)));
    }

    public async ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default)
    {
        var (publisher, _) = await _connections.Value.ConfigureAwait(false);
        var payload = new ArrayBufferWriter<byte>(256);
        payload.Write([EventMark]);
        using (var writer = new Utf8JsonWriter(payload))
        {
            JsonSerializer.Serialize(writer, message, _options.JsonOptions);
        }
        await publisher.PublishAsync(_options.ChannelPrefix + topic, payload.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask CompleteAsync(string topic, CancellationToken cancellationToken = default)
    {
        var (publisher, _) = await _connections.Value.ConfigureAwait(false);
        await publisher.PublishAsync(_options.ChannelPrefix + topic, new byte[] { CompleteMark }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns once Redis confirmed the subscription: events sent from any instance after that arrive.</summary>
    public async ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default)
    {
        var (_, subscriber) = await _connections.Value.ConfigureAwait(false);
        var stream = new SourceStream<TMessage>(topic, _options);
        stream.Subscription = await subscriber.SubscribeAsync(_options.ChannelPrefix + topic, stream.OnMessage, cancellationToken)
            .ConfigureAwait(false);
        return stream;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_ownsConnections || !_connections.IsValueCreated) return;
        try
        {
            var (publisher, subscriber) = await _connections.Value.ConfigureAwait(false);
            await publisher.DisposeAsync().ConfigureAwait(false);
            await subscriber.DisposeAsync().ConfigureAwait(false);
        }
        catch (RedisException)
        {
            // never connected: nothing to close
        }
    }

    private sealed class SourceStream<TMessage> : ISourceStream<TMessage>
    {
        private readonly string _topic;
        private readonly JsonSerializerOptions _json;
        private readonly BufferFullMode _fullMode;
        private readonly Channel<TMessage> _buffer;
        private int _disposed;

        public SourceStream(string topic, RedisSubscriptionOptions options)
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

        public IAsyncDisposable? Subscription { get; set; }

        /// <summary>Runs on the subscriber connection's reader: never blocks.</summary>
        public void OnMessage(RedisChannelMessage message)
        {
            var payload = message.Payload;
            if (payload.Length == 0) return;
            if (payload[0] == CompleteMark)
            {
                _buffer.Writer.TryComplete();
                return;
            }
            if (payload[0] != EventMark) return;
            TMessage? value;
            try
            {
                value = JsonSerializer.Deserialize<TMessage>(payload.AsSpan(1), _json);
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
            if (Subscription is { } s) await s.DisposeAsync().ConfigureAwait(false);
        }
    }
}
