using Federation.GraphQL.Execution;

namespace Federation.GraphQL.Subscriptions;

/// <summary>Writes subscription fields against the event bus: <c>AddSubscriber("Subscription", "onX", ctx => ctx.SubscribeToTopic&lt;X&gt;("x"))</c>.</summary>
public static class TopicResolverContextExtensions
{
    /// <summary>
    /// The source stream of a subscription field: the events sent to <paramref name="topic"/> through
    /// <see cref="ITopicEventSender"/> from now on, read through the <see cref="ITopicEventReceiver"/> of the request's
    /// services. The topic subscription is disposed when the GraphQL subscription ends (completed, cancelled or its
    /// client gone), whether or not an event ever arrived.
    /// </summary>
    public static async ValueTask<IAsyncEnumerable<object?>> SubscribeToTopic<TMessage>(this IResolverContext context, string topic)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(topic);
        var receiver = context.Services.GetService(typeof(ITopicEventReceiver)) as ITopicEventReceiver
            ?? throw new GraphQLException("No ITopicEventReceiver is registered: add a subscription event bus (AddInMemorySubscriptions).");
        var stream = await receiver.SubscribeAsync<TMessage>(topic, context.RequestAborted).ConfigureAwait(false);
        return new TopicEventStream<TMessage>(stream);
    }

    /// <summary>Boxes the typed events and ties the topic subscription's lifetime to the enumerator's.</summary>
    private sealed class TopicEventStream<TMessage>(ISourceStream<TMessage> stream) : IAsyncEnumerable<object?>
    {
        public IAsyncEnumerator<object?> GetAsyncEnumerator(CancellationToken cancellationToken = default)
            => new Enumerator(stream, stream.GetAsyncEnumerator(cancellationToken));

        private sealed class Enumerator(ISourceStream<TMessage> stream, IAsyncEnumerator<TMessage> inner) : IAsyncEnumerator<object?>
        {
            public object? Current => inner.Current;

            public ValueTask<bool> MoveNextAsync() => inner.MoveNextAsync();

            public async ValueTask DisposeAsync()
            {
                try
                {
                    await inner.DisposeAsync().ConfigureAwait(false);
                }
                finally
                {
                    await stream.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
    }
}
