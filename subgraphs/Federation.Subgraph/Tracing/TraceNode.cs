using Federation.GraphQL;

namespace Federation.Subgraph.Tracing;

/// <summary>One node of a trace's tree (reports.proto <c>Trace.Node</c>): a field (by response name) or a list index.</summary>
internal sealed class TraceNode
{
    /// <summary>The field's response name; null for the root and for list items.</summary>
    public string? ResponseName { get; init; }

    /// <summary>The list index of an item node; -1 otherwise.</summary>
    public int Index { get; init; } = -1;

    /// <summary>The field's name when the response name is an alias.</summary>
    public string? OriginalFieldName { get; set; }

    /// <summary>The field's return type as written in SDL (<c>[String!]!</c>).</summary>
    public string? Type { get; set; }

    public string? ParentType { get; set; }

    /// <summary>Nanoseconds from the start of the request to the start and the end of the resolver.</summary>
    public ulong StartTime { get; set; }

    public ulong EndTime { get; set; }

    public List<GraphQLError>? Errors { get; set; }

    public List<TraceNode>? Children { get; set; }
}
