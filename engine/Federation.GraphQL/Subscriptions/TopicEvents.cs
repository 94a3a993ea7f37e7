namespace Federation.GraphQL.Subscriptions;

/// <summary>Publishes events to a topic (the sending half of the subscription event bus).</summary>
public interface ITopicEventSender
{
    /// <summary>Delivers <paramref name="message"/> to every current subscriber of <paramref name="topic"/>.</summary>
    ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default);

    /// <summary>Ends every subscriber's stream on <paramref name="topic"/>.</summary>
    ValueTask CompleteAsync(string topic, CancellationToken cancellationToken = default);
}

/// <summary>Subscribes to a topic (the receiving half of the subscription event bus).</summary>
public interface ITopicEventReceiver
{
    /// <summary>A stream of the messages sent to <paramref name="topic"/> from now on; dispose it to unsubscribe.</summary>
    ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default);
}

/// <summary>The events of one subscription to a topic. Enumerate it once; dispose it to leave the topic.</summary>
public interface ISourceStream<out TMessage> : IAsyncEnumerable<TMessage>, IAsyncDisposable
{
}

/// <summary>What a subscriber's bounded buffer does when events arrive faster than the client reads them.</summary>
public enum BufferFullMode
{
    /// <summary>Drop the oldest buffered event to make room (the client sees the newest events).</summary>
    DropOldest,

    /// <summary>Drop the incoming event (the client sees the oldest events).</summary>
    DropNewest,

    /// <summary>End the subscription with an error: the client must resubscribe.</summary>
    Complete,
}

/// <summary>Bounds on each subscriber's buffer.</summary>
public sealed class SubscriptionBufferOptions
{
    /// <summary>Events buffered per subscriber before <see cref="FullMode"/> applies. Default 64.</summary>
    public int Capacity { get; set; } = 64;

    public BufferFullMode FullMode { get; set; } = BufferFullMode.DropOldest;
}
