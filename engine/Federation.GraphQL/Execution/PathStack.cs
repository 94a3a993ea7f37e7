namespace Federation.GraphQL.Execution;

/// <summary>
/// The response path of the position being completed during the synchronous part of an execution, kept as a stack of
/// segments so that no <see cref="Path"/> is allocated unless something asks for it (a resolver context, an error, an
/// asynchronous continuation). <see cref="Current"/> materializes the path once per position: asking twice at the same
/// position returns the same object, which <see cref="ExecutionErrors"/> relies on (positions compare by reference).
/// Only the synchronous call chain started by <see cref="OperationExecution.ExecuteAsync"/> uses it; continuations carry
/// materialized paths.
/// </summary>
internal sealed class PathStack
{
    private string?[] _names = new string?[16];
    private int[] _indices = new int[16];
    // _paths[d] is the materialized path of depth d, or null when not asked for yet (always a prefix is materialized).
    private Path?[] _paths = new Path?[16];
    private int _depth;

    public PathStack() => _paths[0] = Path.Root;

    /// <summary>Number of segments: 0 at the root selection set, 1 for a root field.</summary>
    public int Depth => _depth;

    public void Push(string name)
    {
        if (++_depth == _names.Length) Grow();
        _names[_depth] = name;
        _paths[_depth] = null;
    }

    public void Push(int index)
    {
        if (++_depth == _names.Length) Grow();
        _names[_depth] = null;
        _indices[_depth] = index;
        _paths[_depth] = null;
    }

    public void Pop()
    {
        _paths[_depth] = null;
        _depth--;
    }

    /// <summary>The path of the current position (allocated on the first request at this position).</summary>
    public Path Current()
    {
        var depth = _depth;
        if (_paths[depth] is { } known) return known;
        var materialized = depth - 1;
        while (_paths[materialized] is null) materialized--;
        var path = _paths[materialized]!;
        for (var d = materialized + 1; d <= depth; d++)
        {
            path = _names[d] is { } name ? path.Append(name) : path.Append(_indices[d]);
            _paths[d] = path;
        }
        return path;
    }

    private void Grow()
    {
        Array.Resize(ref _names, _names.Length * 2);
        Array.Resize(ref _indices, _indices.Length * 2);
        Array.Resize(ref _paths, _paths.Length * 2);
    }
}
