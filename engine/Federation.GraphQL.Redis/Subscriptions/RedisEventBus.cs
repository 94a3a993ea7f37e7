using System.Buffers;
using System.Text.Json;
using Federation.GraphQL.Subscriptions;
using StackExchange.Redis;

namespace Federation.GraphQL.Redis.Subscriptions;

/// <summary>
/// The subscription event bus across server instances, on StackExchange.Redis pub/sub: each topic is one Redis channel
/// (<see cref="RedisSubscriptionOptions.ChannelPrefix"/> + topic), sharded (SSUBSCRIBE/SPUBLISH) on a Redis Cluster;
/// messages travel as JSON. Each bus subscribes once per topic and hands every message to its local subscribers, each of
/// which has its own bounded buffer, so a slow client never holds up the others. The multiplexer belongs to the caller.
/// </summary>
public sealed class RedisEventBus : ITopicEventSender, ITopicEventReceiver, IAsyncDisposable
{
    private readonly IConnectionMultiplexer _redis;
    private readonly RedisSubscriptionOptions _options;
    private readonly Dictionary<string, RedisTopic> _topics = new(StringComparer.Ordinal);
    private bool? _sharded;

    public RedisEventBus(IConnectionMultiplexer redis, RedisSubscriptionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        _redis = redis;
        _options = options ?? new RedisSubscriptionOptions();
        _sharded = _options.ShardedChannels;
    }

    public async ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var payload = new ArrayBufferWriter<byte>(256);
        payload.Write([RedisTopic.EventMark]);
        using (var writer = new Utf8JsonWriter(payload))
        {
            JsonSerializer.Serialize(writer, message, _options.JsonOptions);
        }
        await _redis.GetSubscriber().PublishAsync(Channel(topic), payload.WrittenMemory).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask CompleteAsync(string topic, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        await _redis.GetSubscriber().PublishAsync(Channel(topic), new[] { RedisTopic.CompleteMark }).WaitAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Returns once Redis confirmed the subscription: events sent from any instance after that arrive. Throws
    /// <see cref="RedisConnectionException"/> while Redis cannot be reached.
    /// </summary>
    public async ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var stream = new RedisSourceStream<TMessage>(topic, _options);
        RedisTopic shared;
        lock (_topics)
        {
            if (!_topics.TryGetValue(topic, out shared!))
            {
                shared = new RedisTopic(_redis.GetSubscriber(), Channel(topic));
                _topics.Add(topic, shared);
            }
            shared.Add(stream);
        }
        stream.Leave = () => LeaveAsync(topic, shared, stream);
        try
        {
            await shared.Subscribed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return stream;
    }

    private async ValueTask LeaveAsync(string topic, RedisTopic shared, ITopicListener listener)
    {
        lock (_topics)
        {
            if (shared.Remove(listener) > 0) return;
            if (_topics.TryGetValue(topic, out var current) && current == shared) _topics.Remove(topic);
        }
        await shared.UnsubscribeAsync().ConfigureAwait(false);
    }

    /// <summary>Sharded channels follow their key's slot (Redis 7 cluster); decided once a server has answered.</summary>
    private RedisChannel Channel(string topic)
    {
        var name = _options.ChannelPrefix + topic;
        _sharded ??= _redis.GetServers() is { Length: > 0 } servers && servers.Any(s => s.IsConnected)
            ? servers.Any(s => s.IsConnected && s.ServerType == ServerType.Cluster)
            : null;
        return _sharded == true ? RedisChannel.Sharded(name) : RedisChannel.Literal(name);
    }

    /// <summary>Ends every local subscriber's stream and leaves the Redis channels (the multiplexer stays open).</summary>
    public async ValueTask DisposeAsync()
    {
        RedisTopic[] topics;
        lock (_topics)
        {
            topics = [.. _topics.Values];
            _topics.Clear();
        }
        foreach (var topic in topics)
        {
            topic.CompleteAll();
            await topic.UnsubscribeAsync().ConfigureAwait(false);
        }
    }
}
