namespace Federation.GraphQL.Execution;

public sealed partial class RequestExecutor
{
    /// <summary>
    /// Parses and validates <paramref name="query"/> through the document cache, as <see cref="ExecuteAsync"/> does first:
    /// transports call it to learn the operation's type or to report request errors before they answer.
    /// </summary>
    public PreparedDocument GetDocument(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Documents.GetOrAdd(query, PrepareDocument);
    }
}
