using System.Diagnostics;
using Federation.GraphQL;
using Federation.GraphQL.AspNetCore;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;
using Path = Federation.GraphQL.Execution.Path;

namespace Federation.Subgraph.Tracing;

/// <summary>
/// The federated trace (ftv1) of one request: a tree of resolver timings keyed by response path, the errors attached
/// to the node of their path (the root when they have none), answered as <c>extensions.ftv1</c> = base64 of a
/// reports.proto <c>Trace</c> (Apollo "Federated trace data": the subgraph traces, the router aggregates).
/// </summary>
internal sealed class FederatedTrace : IFieldTracer, IGraphQLHttpRequestScope
{
    public const string ExtensionName = "ftv1";

    private readonly object _gate = new();
    private readonly Dictionary<Path, TraceNode> _nodes = new(PathComparer.Instance);
    private readonly long _startTimestamp = Stopwatch.GetTimestamp();

    public FederatedTrace() => StartTime = DateTimeOffset.UtcNow;

    public DateTimeOffset StartTime { get; }

    public TraceNode Root { get; } = new();

    public IFieldTracer FieldTracer => this;

    public object? ResolverStarting(Path path, ObjectType parentType, Field field)
    {
        var start = Now();
        lock (_gate)
        {
            var node = NodeAt(path);
            node.Type = field.Type.ToString();
            node.ParentType = parentType.Name;
            if (path.Name != field.Name) node.OriginalFieldName = field.Name;
            node.StartTime = start;
            return node;
        }
    }

    public void ResolverEnded(object? state)
    {
        var end = Now();
        if (state is not TraceNode node) return;
        lock (_gate) node.EndTime = end;
    }

    public IReadOnlyDictionary<string, object?>? Complete(ExecutionResult result)
    {
        var duration = Now();
        lock (_gate)
        {
            if (result.Errors is { } errors)
            {
                foreach (var error in errors)
                {
                    var node = error.Path is { Count: > 0 } path ? NodeAt(path) : Root;
                    (node.Errors ??= []).Add(error);
                }
            }
        }
        var bytes = TraceEncoder.Encode(StartTime, duration, Root);
        return new Dictionary<string, object?>(1, StringComparer.Ordinal) { [ExtensionName] = Convert.ToBase64String(bytes) };
    }

    /// <summary>Nanoseconds since the request started.</summary>
    private ulong Now()
    {
        var ticks = Stopwatch.GetTimestamp() - _startTimestamp;
        return (ulong)Math.Max(0, (long)(ticks * (1_000_000_000.0 / Stopwatch.Frequency)));
    }

    /// <summary>The node of a response path, created with its ancestors when missing. Callers hold the lock.</summary>
    private TraceNode NodeAt(Path path)
    {
        if (path.IsRoot) return Root;
        if (_nodes.TryGetValue(path, out var node)) return node;
        var parent = NodeAt(path.Parent!);
        node = path.Name is { } name ? new TraceNode { ResponseName = name } : new TraceNode { Index = path.Index };
        (parent.Children ??= []).Add(node);
        _nodes[path] = node;
        return node;
    }

    /// <summary>The node of an error's path (names and indices as written in the response).</summary>
    private TraceNode NodeAt(IReadOnlyList<object> segments)
    {
        var path = Path.Root;
        foreach (var segment in segments) path = segment is int index ? path.Append(index) : path.Append(segment.ToString()!);
        return NodeAt(path);
    }

    /// <summary>Paths compared by their segments: the executor may build the same position twice.</summary>
    private sealed class PathComparer : IEqualityComparer<Path>
    {
        public static readonly PathComparer Instance = new();

        public bool Equals(Path? x, Path? y)
        {
            while (true)
            {
                if (ReferenceEquals(x, y)) return true;
                if (x is null || y is null || x.Depth != y.Depth || x.Index != y.Index || x.Name != y.Name) return false;
                x = x.Parent;
                y = y.Parent;
            }
        }

        public int GetHashCode(Path path)
        {
            var hash = new HashCode();
            for (var p = path; p is not null && !p.IsRoot; p = p.Parent)
            {
                hash.Add(p.Name);
                hash.Add(p.Index);
            }
            return hash.ToHashCode();
        }
    }
}
