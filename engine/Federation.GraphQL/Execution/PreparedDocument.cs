using Federation.GraphQL.Execution.Compilation;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Execution;

/// <summary>A parsed document with the outcome of its validation, as kept by the document cache.</summary>
public sealed class PreparedDocument
{
    /// <summary>A document (null when it did not parse) with its syntax or validation errors.</summary>
    public PreparedDocument(DocumentNode? document, IReadOnlyList<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (document is null && errors.Count == 0) throw new ArgumentException("A document that did not parse needs its syntax error.", nameof(errors));
        Document = document;
        Errors = errors;
    }

    /// <summary>Null when the text did not parse.</summary>
    public DocumentNode? Document { get; }

    /// <summary>Syntax or validation errors; empty when the document can be executed.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>
    /// Spec 6.1.1 GetOperation: the operation named <paramref name="operationName"/>, or the only one when it is null;
    /// otherwise null with graphql-js's error. A document that did not parse gives its syntax error.
    /// </summary>
    public OperationDefinitionNode? GetOperation(string? operationName, out GraphQLError? error)
    {
        if (Document is null)
        {
            error = Errors[0];
            return null;
        }
        return GetOperation(Document, operationName, out error);
    }

    /// <summary>Spec 6.1.1 GetOperation over any document, with graphql-js's messages (as its <c>execute</c> reports them).</summary>
    public static OperationDefinitionNode? GetOperation(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        ArgumentNullException.ThrowIfNull(document);
        OperationDefinitionNode? operation = null;
        error = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode candidate) continue;
            if (operationName is null)
            {
                if (operation is not null)
                {
                    error = new GraphQLError("Must provide operation name if query contains multiple operations.");
                    return null;
                }
                operation = candidate;
            }
            else if (candidate.Name?.Value == operationName)
            {
                operation = candidate; // validation (5.2.1.1) keeps names unique; like graphql-js, the last one wins
            }
        }
        if (operation is null)
        {
            error = new GraphQLError(operationName is not null ? $"Unknown operation named \"{operationName}\"." : "Must provide an operation.");
        }
        return operation;
    }

    internal long LastUsed;

    private RootPlan? _rootPlan;

    /// <summary>How many result values the last execution sharing the plans stored synchronously (sizes the next one's slab).</summary>
    internal int ResultSlots;

    /// <summary>
    /// The root selection set's plan for an operation without variables, shared by the executions of this document
    /// (arguments, @skip/@include and sub-selections then come out the same every time); built on first use.
    /// </summary>
    internal SelectionPlan GetRootPlan(OperationDefinitionNode operation, ObjectType rootType, FieldCollector collector)
    {
        var cached = Volatile.Read(ref _rootPlan);
        if (cached is not null && ReferenceEquals(cached.Operation, operation) && ReferenceEquals(cached.Type, rootType)) return cached.Plan;
        var plan = collector.Collect(rootType, operation.SelectionSet);
        Volatile.Write(ref _rootPlan, new RootPlan(operation, rootType, plan));
        return plan;
    }

    private sealed record RootPlan(OperationDefinitionNode Operation, ObjectType Type, SelectionPlan Plan);
}
