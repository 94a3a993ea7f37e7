using Federation.GraphQL.Language;

namespace Federation.GraphQL.Execution;

/// <summary>A GraphQL request (spec 6.1 ExecuteRequest inputs): a document as text or as a parsed tree, plus its inputs.</summary>
public sealed class ExecutionRequest
{
    public ExecutionRequest() { }

    public ExecutionRequest(string query, IReadOnlyDictionary<string, object?>? variables = null, string? operationName = null)
    {
        Query = query;
        Variables = variables;
        OperationName = operationName;
    }

    /// <summary>The document text. Parsed and validated through the executor's document cache.</summary>
    public string? Query { get; init; }

    /// <summary>
    /// The document text as UTF-8 (as read from a request body); when set it is used instead of <see cref="Query"/>,
    /// hashed and parsed without decoding. An empty memory is an empty document.
    /// </summary>
    public ReadOnlyMemory<byte>? QueryUtf8 { get; init; }

    /// <summary>An already parsed document; validated (and not cached) when neither <see cref="Query"/> nor <see cref="QueryUtf8"/> is set.</summary>
    public DocumentNode? Document { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Raw variable values: null, bool, string, long, double, IReadOnlyList&lt;object?&gt;, IReadOnlyDictionary&lt;string, object?&gt; (JsonElement is accepted too).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public object? RootValue { get; init; }

    public IServiceProvider? Services { get; init; }

    /// <summary>Request-scoped state shared by the resolvers; a fresh dictionary when null.</summary>
    public IDictionary<string, object?>? ContextData { get; init; }

    public CancellationToken CancellationToken { get; init; }

    /// <summary>Observes each field's resolver (federated tracing, timings); null for no tracing.</summary>
    public IFieldTracer? FieldTracer { get; init; }
}
