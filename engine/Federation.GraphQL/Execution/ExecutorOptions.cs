using Federation.GraphQL.Language;
using Federation.GraphQL.Validation;

namespace Federation.GraphQL.Execution;

/// <summary>Options of a <see cref="RequestExecutor"/>.</summary>
public sealed class ExecutorOptions
{
    /// <summary>Middleware applied to every field with a resolver, outside the field's own middleware (outermost first).</summary>
    public List<FieldMiddleware> Middleware { get; } = [];

    /// <summary>When true (the default) documents are validated against the schema before execution.</summary>
    public bool ValidateDocuments { get; set; } = true;

    /// <summary>Limits on request documents (size, tokens, nesting depth); raise them here for trusted clients.</summary>
    public ParserOptions ParserOptions { get; set; } = new();

    /// <summary>Validation options (error limit, suggestions).</summary>
    public ValidationOptions? ValidationOptions { get; set; }

    /// <summary>How many parsed and validated documents the executor keeps.</summary>
    public int DocumentCacheSize { get; set; } = 1000;

    /// <summary>When false, middleware from <see cref="Middleware"/> is skipped for fields using the default resolver (faster for plain data).</summary>
    public bool ApplyMiddlewareToDefaultResolvers { get; set; } = true;

    /// <summary>What the executor's spans carry (resolver spans, the document); see docs/telemetry.md.</summary>
    public Telemetry.GraphQLTelemetryOptions Telemetry { get; set; } = new();
}
