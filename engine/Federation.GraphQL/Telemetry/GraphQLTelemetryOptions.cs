namespace Federation.GraphQL.Telemetry;

/// <summary>What the executor's spans carry beyond the defaults (<see cref="Execution.ExecutorOptions.Telemetry"/>).</summary>
public sealed class GraphQLTelemetryOptions
{
    /// <summary>One span per field resolver (under the execute span). Off by default: a large response has many fields.</summary>
    public bool ResolverSpans { get; set; }

    /// <summary>
    /// Records the request's document as <c>graphql.document</c>. Off by default: documents can be large and can carry
    /// literal values the client did not mean to log.
    /// </summary>
    public bool IncludeDocument { get; set; }

    /// <summary>
    /// Names the request span <c>{type} {name}</c> (<c>query GetProduct</c>) instead of <c>{type}</c>. Off by default:
    /// operation names come from clients and can have high cardinality (semantic conventions, GraphQL server spans).
    /// </summary>
    public bool OperationNameInSpanName { get; set; }
}
