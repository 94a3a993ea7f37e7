namespace Federation.GraphQL.Execution;

/// <summary>
/// The outcome of a subscription request (spec 6.2.3): either a single error result (invalid request, or the source
/// stream could not be created) or the response stream, one <see cref="ExecutionResult"/> per source event.
/// </summary>
public sealed class SubscriptionResult
{
    private SubscriptionResult(ExecutionResult? result, IAsyncEnumerable<ExecutionResult>? stream)
    {
        Result = result;
        Stream = stream;
    }

    public static SubscriptionResult FromResult(ExecutionResult result) => new(result, null);

    public static SubscriptionResult FromStream(IAsyncEnumerable<ExecutionResult> stream) => new(null, stream);

    /// <summary>The error result when no stream was created.</summary>
    public ExecutionResult? Result { get; }

    /// <summary>The response stream; enumerating it with a cancellation token (or disposing it) stops and disposes the source.</summary>
    public IAsyncEnumerable<ExecutionResult>? Stream { get; }

    public bool IsStream => Stream is not null;
}
