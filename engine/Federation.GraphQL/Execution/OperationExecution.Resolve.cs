using Federation.GraphQL.Execution.Coercion;
using Federation.GraphQL.Execution.Compilation;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Execution;

internal sealed partial class OperationExecution
{
    /// <summary>
    /// Spec 6.4.2 ResolveFieldValue, through the field's middleware pipeline when it has one. Plain data read by the
    /// default resolver is answered without allocating a resolver context.
    /// </summary>
    private ValueTask<object?> Resolve(ObjectType type, object? source, FieldPlan plan, Path? parentPath, Path? path, bool isRootField)
    {
        if (CancellationToken.IsCancellationRequested) CancellationToken.ThrowIfCancellationRequested();
        var field = plan.Field;
        if (EventIsFieldValue && isRootField) return new ValueTask<object?>(source);
        var pipeline = plan.Pipeline;
        if (pipeline is null)
        {
            var resolver = field.Resolver;
            if (resolver is null)
            {
                if (field.Arguments.Count > 0) plan.GetArguments(Variables);
                var value = DefaultFieldResolver.Resolve(source, plan, IsSubscriptionEvent && isRootField);
                return value is Task task ? DefaultFieldResolver.AwaitTask(task) : new ValueTask<object?>(value);
            }
            // Resolvers that only read the parent (introspection) need no resolver context.
            if (field.ParentValueResolver is { } parentOnly && (object)parentOnly.Resolver == resolver)
            {
                var parentOnlyArguments = field.Arguments.Count > 0 ? plan.GetArguments(Variables) : ArgumentCoercion.Empty;
                return new ValueTask<object?>(parentOnly.Read(source, parentOnlyArguments, Schema));
            }
            var arguments = plan.GetArguments(Variables);
            return resolver(new ResolverContext(this, type, plan, source, FieldPath(plan, parentPath, path), arguments));
        }
        var context = new ResolverContext(this, type, plan, source, FieldPath(plan, parentPath, path), plan.GetArguments(Variables));
        var run = pipeline(context);
        if (run.IsCompletedSuccessfully) return new ValueTask<object?>(context.Result);
        return AwaitPipeline(run, context);
    }

    private static async ValueTask<object?> AwaitPipeline(ValueTask run, ResolverContext context)
    {
        await run.ConfigureAwait(false);
        return context.Result;
    }

    /// <summary>Runs the field's own resolver (or the default one) for <see cref="IMiddlewareContext.ResolveAsync"/>.</summary>
    internal ValueTask<object?> RunResolver(ResolverContext context)
    {
        var resolver = context.Field.Resolver;
        if (resolver is not null) return resolver(context);
        var value = DefaultFieldResolver.Resolve(context.Parent, context.Plan, IsSubscriptionEvent && context.Path.Parent!.IsRoot);
        return value is Task task ? DefaultFieldResolver.AwaitTask(task) : new ValueTask<object?>(value);
    }
}
