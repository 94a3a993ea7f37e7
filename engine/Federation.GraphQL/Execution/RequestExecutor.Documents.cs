namespace Federation.GraphQL.Execution;

public sealed partial class RequestExecutor
{
    /// <summary>
    /// The parsed and validated document for <paramref name="query"/>, from the document cache (prepared and cached on
    /// a miss). Transports use it to learn an operation's type before choosing <see cref="ExecuteAsync"/> or
    /// <see cref="SubscribeAsync"/>; executing the same text afterwards is a cache hit.
    /// </summary>
    public PreparedDocument GetOrPrepareDocument(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Documents.GetOrAdd(query, PrepareDocument);
    }
}
