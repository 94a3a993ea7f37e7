using Federation.GraphQL.Types;

namespace Federation.GraphQL.Execution;

/// <summary>
/// Observes the resolvers of one request (set on <see cref="ExecutionRequest.FieldTracer"/>): federated tracing (ftv1)
/// and similar per-field timings. Called around each field's resolver (spec 6.4.2 ResolveFieldValue), not around the
/// completion of its sub-selections; <c>__typename</c> is answered without a resolver and is not traced. Resolvers run
/// concurrently, so implementations must be thread-safe. When no tracer is set the executor does no tracing work.
/// </summary>
public interface IFieldTracer
{
    /// <summary>The resolver of <paramref name="field"/> at <paramref name="path"/> is about to run.</summary>
    /// <returns>A state handed back to <see cref="ResolverEnded"/> for the same field.</returns>
    object? ResolverStarting(Path path, ObjectType parentType, Field field);

    /// <summary>The resolver returned (or threw, or its task completed).</summary>
    void ResolverEnded(object? state);
}
