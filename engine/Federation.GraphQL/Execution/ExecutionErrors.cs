namespace Federation.GraphQL.Execution;

/// <summary>
/// Field errors of one execution, in the order they were raised. An error under a position that was already nulled
/// by another error is dropped (spec 7.1.2: only one error per nulled field), as graphql-js does.
/// </summary>
internal sealed class ExecutionErrors
{
    private readonly List<GraphQLError> _errors = new();
    private readonly HashSet<Path> _nulledPositions = new(ReferenceEqualityComparer.Instance);
    private bool _rootNulled;
    private bool _closed;

    public int Count
    {
        get { lock (_errors) return _errors.Count; }
    }

    /// <param name="position">The nullable position set to null because of the error, or null for the root.</param>
    public void Add(GraphQLError error, Path? position)
    {
        lock (_errors)
        {
            if (_closed || HasNulledPosition(position)) return;
            if (position is null || position.IsRoot) _rootNulled = true;
            else _nulledPositions.Add(position);
            _errors.Add(error);
        }
    }

    /// <summary>An error that does not null any position (reported by a resolver).</summary>
    public void Report(GraphQLError error, Path? path)
    {
        lock (_errors)
        {
            if (_closed || HasNulledPosition(path)) return;
            _errors.Add(error);
        }
    }

    /// <summary>Takes the errors; later errors (from work left running after a null propagated) are ignored.</summary>
    public IReadOnlyList<GraphQLError> Close()
    {
        lock (_errors)
        {
            _closed = true;
            return _errors.ToArray();
        }
    }

    private bool HasNulledPosition(Path? path)
    {
        if (_rootNulled) return true;
        if (_nulledPositions.Count == 0) return false;
        for (var p = path; p is not null; p = p.Parent)
        {
            if (_nulledPositions.Contains(p)) return true;
        }
        return false;
    }
}
