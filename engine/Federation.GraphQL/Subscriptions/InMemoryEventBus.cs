using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Federation.GraphQL.Subscriptions;

/// <summary>
/// The subscription event bus inside one process: each subscriber owns a bounded channel, so one slow subscriber never
/// holds up the sender or the others; <see cref="SubscriptionBufferOptions"/> says what happens when its buffer is full.
/// </summary>
public sealed class InMemoryEventBus : ITopicEventSender, ITopicEventReceiver
{
    private readonly ConcurrentDictionary<string, Topic> _topics = new(StringComparer.Ordinal);
    private readonly SubscriptionBufferOptions _buffer;

    public InMemoryEventBus() : this(new SubscriptionBufferOptions()) { }

    public InMemoryEventBus(SubscriptionBufferOptions buffer) => _buffer = buffer;

    /// <summary>Subscribers currently listening on <paramref name="topic"/> (for health checks and tests).</summary>
    public int SubscriberCount(string topic) => _topics.TryGetValue(topic, out var t) ? t.Count : 0;

    public ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default)
    {
        if (_topics.TryGetValue(topic, out var t)) t.Publish(message);
        return ValueTask.CompletedTask;
    }

    public ValueTask CompleteAsync(string topic, CancellationToken cancellationToken = default)
    {
        if (_topics.TryRemove(topic, out var t)) t.Complete();
        return ValueTask.CompletedTask;
    }

    public ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default)
    {
        var subscriber = new Subscriber<TMessage>(this, topic, _buffer);
        while (true)
        {
            var t = _topics.GetOrAdd(topic, static _ => new Topic());
            if (t.TryAdd(subscriber)) break;
            _topics.TryRemove(new KeyValuePair<string, Topic>(topic, t)); // the topic emptied meanwhile: start a new one
        }
        return ValueTask.FromResult<ISourceStream<TMessage>>(subscriber);
    }

    private void Remove(string topic, ISubscriber subscriber)
    {
        if (_topics.TryGetValue(topic, out var t) && t.Remove(subscriber))
        {
            _topics.TryRemove(new KeyValuePair<string, Topic>(topic, t));
        }
    }

    private interface ISubscriber
    {
        void Publish(object? message);
        void Complete();
    }

    /// <summary>The subscribers of one topic; once emptied it is closed and replaced, so no event goes to a dead topic.</summary>
    private sealed class Topic
    {
        private readonly object _gate = new();
        private ISubscriber[] _subscribers = [];
        private bool _closed;

        public int Count => Volatile.Read(ref _subscribers).Length;

        public bool TryAdd(ISubscriber s)
        {
            lock (_gate)
            {
                if (_closed) return false;
                _subscribers = [.. _subscribers, s];
                return true;
            }
        }

        /// <summary>Removes the subscriber; true when the topic is now empty (and closed).</summary>
        public bool Remove(ISubscriber s)
        {
            lock (_gate)
            {
                _subscribers = Array.FindAll(_subscribers, x => !ReferenceEquals(x, s));
                if (_subscribers.Length > 0) return false;
                _closed = true;
                return true;
            }
        }

        public void Publish(object? message)
        {
            foreach (var s in Volatile.Read(ref _subscribers)) s.Publish(message);
        }

        public void Complete()
        {
            lock (_gate) _closed = true;
            foreach (var s in Volatile.Read(ref _subscribers)) s.Complete();
        }
    }

    private sealed class Subscriber<TMessage> : ISourceStream<TMessage>, ISubscriber
    {
        private readonly InMemoryEventBus _bus;
        private readonly string _topic;
        private readonly Channel<TMessage> _channel;
        private readonly BufferFullMode _fullMode;
        private int _disposed;

        public Subscriber(InMemoryEventBus bus, string topic, SubscriptionBufferOptions options)
        {
            _bus = bus;
            _topic = topic;
            _fullMode = options.FullMode;
            _channel = Channel.CreateBounded<TMessage>(new BoundedChannelOptions(Math.Max(1, options.Capacity))
            {
                SingleReader = true,
                FullMode = options.FullMode switch
                {
                    BufferFullMode.DropOldest => BoundedChannelFullMode.DropOldest,
                    BufferFullMode.DropNewest => BoundedChannelFullMode.DropWrite,
                    _ => BoundedChannelFullMode.Wait,
                },
            });
        }

        public void Publish(object? message)
        {
            if (message is not TMessage typed && message is not null) return; // a subscriber of another message type
            if (!_channel.Writer.TryWrite((TMessage)message!) && _fullMode == BufferFullMode.Complete)
            {
                _channel.Writer.TryComplete(new SubscriptionBufferFullException(_topic));
            }
        }

        public void Complete() => _channel.Writer.TryComplete();

        public async IAsyncEnumerator<TMessage> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            try
            {
                await foreach (var item in _channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                {
                    yield return item;
                }
            }
            finally
            {
                await DisposeAsync().ConfigureAwait(false);
            }
        }

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                _channel.Writer.TryComplete();
                _bus.Remove(_topic, this);
            }
            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>Ends a subscription whose client fell further behind than its buffer allows (<see cref="BufferFullMode.Complete"/>).</summary>
public sealed class SubscriptionBufferFullException : GraphQLException
{
    public SubscriptionBufferFullException(string topic)
        : base($"The subscription to \"{topic}\" fell too far behind and was ended.",
            new Dictionary<string, object?> { ["code"] = "SUBSCRIPTION_BUFFER_FULL" }) { }
}
