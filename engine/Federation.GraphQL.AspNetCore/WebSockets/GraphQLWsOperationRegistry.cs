using System.Collections.Concurrent;

namespace Federation.GraphQL.AspNetCore.WebSockets;

/// <summary>The active operations of one connection by id (ids are unique only while their operation is active).</summary>
internal sealed class GraphQLWsOperationRegistry
{
    private readonly ConcurrentDictionary<string, GraphQLWsOperation> _active = new(StringComparer.Ordinal);

    public int Count => _active.Count;

    /// <summary>False when an operation with the same id is still active.</summary>
    public bool TryAdd(GraphQLWsOperation operation) => _active.TryAdd(operation.Id, operation);

    /// <summary>Forgets a finished operation (its id may be reused from now on).</summary>
    public void Remove(GraphQLWsOperation operation)
        => _active.TryRemove(new KeyValuePair<string, GraphQLWsOperation>(operation.Id, operation));

    /// <summary>The client completed <paramref name="id"/>: end it. Unknown ids are ignored, as the protocol allows.</summary>
    public void Complete(string id)
    {
        if (_active.TryRemove(id, out var operation)) operation.End();
    }

    /// <summary>Ends every operation and waits until each has let go of its resources (source streams disposed).</summary>
    public async Task EndAllAsync()
    {
        var operations = _active.Values.ToArray();
        _active.Clear();
        foreach (var operation in operations) operation.End();
        foreach (var operation in operations)
        {
            try
            {
                await operation.Completion.ConfigureAwait(false);
            }
            catch
            {
                // The operation reported its own failure; here only its end matters.
            }
        }
    }
}
