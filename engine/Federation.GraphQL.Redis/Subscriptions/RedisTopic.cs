using StackExchange.Redis;

namespace Federation.GraphQL.Redis.Subscriptions;

/// <summary>A local subscriber of a topic: gets each channel payload on the multiplexer's message loop, must not block.</summary>
internal interface ITopicListener
{
    void OnPayload(ReadOnlySpan<byte> payload);

    void Complete();
}

/// <summary>
/// One Redis subscription of a bus to one channel, shared by the bus's local subscribers of that topic. Messages come
/// through an ordered <see cref="ChannelMessageQueue"/>, so every subscriber sees them in publish order.
/// </summary>
internal sealed class RedisTopic
{
    // First byte of each channel payload: an event (followed by its JSON) or the end of the topic.
    public const byte EventMark = (byte)'e';
    public const byte CompleteMark = (byte)'c';

    private readonly Task<ChannelMessageQueue> _queue;
    private ITopicListener[] _listeners = []; // copy on write, under the bus's lock

    public RedisTopic(ISubscriber subscriber, RedisChannel channel)
    {
        _queue = SubscribeAsync(subscriber, channel);
    }

    /// <summary>Completes when Redis confirmed the subscription; faults when it could not be made.</summary>
    public Task Subscribed => _queue;

    public void Add(ITopicListener listener) => Volatile.Write(ref _listeners, [.. _listeners, listener]);

    /// <summary>Removes <paramref name="listener"/>; returns how many are left.</summary>
    public int Remove(ITopicListener listener)
    {
        ITopicListener[] left = [.. _listeners.Where(l => l != listener)];
        Volatile.Write(ref _listeners, left);
        return left.Length;
    }

    public void CompleteAll()
    {
        foreach (var listener in Volatile.Read(ref _listeners)) listener.Complete();
    }

    public async Task UnsubscribeAsync()
    {
        try
        {
            var queue = await _queue.ConfigureAwait(false);
            await queue.UnsubscribeAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            // never subscribed; Redis is away (the multiplexer forgets the channel all the same); or the multiplexer is closed
        }
    }

    private async Task<ChannelMessageQueue> SubscribeAsync(ISubscriber subscriber, RedisChannel channel)
    {
        var queue = await subscriber.SubscribeAsync(channel).ConfigureAwait(false);
        queue.OnMessage(Dispatch);
        return queue;
    }

    private void Dispatch(ChannelMessage message)
    {
        ReadOnlyMemory<byte> payload = message.Message;
        if (payload.IsEmpty) return;
        foreach (var listener in Volatile.Read(ref _listeners)) listener.OnPayload(payload.Span);
    }
}
