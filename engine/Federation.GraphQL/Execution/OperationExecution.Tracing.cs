using Federation.GraphQL.Execution.Compilation;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Execution;

internal sealed partial class OperationExecution
{
    /// <summary>The request's field tracer; null (the common case) keeps tracing off the field path.</summary>
    public IFieldTracer? Tracer { get; set; }

    /// <summary><see cref="Resolve"/> between <see cref="IFieldTracer.ResolverStarting"/> and <see cref="IFieldTracer.ResolverEnded"/>.</summary>
    private ValueTask<object?> ResolveTraced(ObjectType type, object? source, FieldPlan plan, Path? parentPath, Path? path, bool isRootField)
    {
        var tracer = Tracer!;
        var fieldPath = FieldPath(plan, parentPath, path);
        var state = tracer.ResolverStarting(fieldPath, type, plan.Field);
        ValueTask<object?> resolved;
        try
        {
            resolved = Resolve(type, source, plan, parentPath, fieldPath, isRootField);
        }
        catch
        {
            tracer.ResolverEnded(state);
            throw;
        }
        if (resolved.IsCompleted)
        {
            tracer.ResolverEnded(state);
            return resolved;
        }
        return AwaitTraced(resolved, tracer, state);
    }

    private static async ValueTask<object?> AwaitTraced(ValueTask<object?> resolved, IFieldTracer tracer, object? state)
    {
        try
        {
            return await resolved.ConfigureAwait(false);
        }
        finally
        {
            tracer.ResolverEnded(state);
        }
    }
}
