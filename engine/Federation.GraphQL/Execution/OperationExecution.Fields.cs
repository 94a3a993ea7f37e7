using Federation.GraphQL.Execution.Compilation;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Execution;

internal sealed partial class OperationExecution
{
    /// <summary>
    /// Spec 6.3 ExecuteSelectionSet, normal (parallel) execution: every field is started before any is awaited. The result
    /// is a <see cref="ResultMap"/>, or a <see cref="PropagatedError"/> when a non-null field failed. A null
    /// <paramref name="path"/> means the position is the top of <see cref="Paths"/> (synchronous part of the execution).
    /// </summary>
    public ValueTask<object?> ExecuteFields(ObjectType type, object? source, Path? path, SelectionPlan plan)
    {
        var fields = plan.Fields;
        // The synchronous part (no path: single-threaded) takes its storage from the slab; continuations allocate.
        var map = path is null ? Slab.Create(plan.Shape) : new ResultMap(plan.Shape, new object?[fields.Length], 0);
        ValueTask<object?>[]? pending = null;
        var direct = Tracer is null && !IsSubscriptionEvent && !EventIsFieldValue;   // a traced request sees every resolver
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            ValueTask<object?> result;
            if (direct && field.DirectLeaf != DirectLeafKind.None && field.Field.Resolver is null)
            {
                // A built-in scalar read by the default resolver: stored as read when already in serialized form.
                // Decoded JSON maps are read here (reading them cannot throw); other parents in ExecuteDirectLeaf.
                if (source is OrderedDictionary<string, object?> ordered)
                {
                    var raw = DefaultFieldResolver.ReadOrdered(ordered, field);
                    if (field.IsSerialized(raw))
                    {
                        map.SetValue(i, raw);
                        continue;
                    }
                }
                result = ExecuteDirectLeaf(source, field, path);
            }
            else
            {
                result = ExecuteField(type, source, field, path);
            }
            if (result.IsCompleted)
            {
                var value = result.Result;
                // A non-null field failed: the object is null; siblings still running report into a nulled position.
                if (value is PropagatedError) return new ValueTask<object?>(value);
                map.SetValue(i, value);
            }
            else
            {
                pending ??= new ValueTask<object?>[fields.Length];
                pending[i] = result;
            }
        }
        return pending is null ? new ValueTask<object?>(map) : AwaitFields(map, pending);
    }

    /// <summary>A direct leaf (see <see cref="FieldPlan.DirectLeaf"/>) read by the default resolver, with its errors handled.</summary>
    private ValueTask<object?> ExecuteDirectLeaf(object? source, FieldPlan field, Path? path)
    {
        object? read;
        try
        {
            read = DefaultFieldResolver.Resolve(source, field, subscriptionRoot: false);
        }
        catch (Exception ex)
        {
            return CompleteDirectLeaf(field, path, default, ex);
        }
        if (field.IsSerialized(read)) return new ValueTask<object?>(read);
        return CompleteDirectLeaf(field, path, read is Task task ? DefaultFieldResolver.AwaitTask(task) : new ValueTask<object?>(read), null);
    }

    private static async ValueTask<object?> AwaitFields(ResultMap map, ValueTask<object?>[] pending)
    {
        for (var i = 0; i < pending.Length; i++)
        {
            var task = pending[i];
            if (task.Equals(default(ValueTask<object?>))) continue;
            var value = await task.ConfigureAwait(false);
            if (value is PropagatedError) return value;
            map.SetValue(i, value);
        }
        return map;
    }

    /// <summary>Spec 6.3.1 serial execution (mutations): each field completes before the next starts.</summary>
    public ValueTask<object?> ExecuteFieldsSerially(ObjectType type, object? source, Path? path, SelectionPlan plan)
    {
        var fields = plan.Fields;
        var map = new ResultMap(plan.Shape, new object?[fields.Length], 0);
        for (var i = 0; i < fields.Length; i++)
        {
            var result = ExecuteField(type, source, fields[i], path);
            if (!result.IsCompleted) return ContinueSerially(type, source, path ?? Paths.Current(), plan, map, i, result);
            var value = result.Result;
            if (value is PropagatedError) return new ValueTask<object?>(value);
            map.SetValue(i, value);
        }
        return new ValueTask<object?>(map);
    }

    private async ValueTask<object?> ContinueSerially(ObjectType type, object? source, Path path, SelectionPlan plan,
        ResultMap map, int index, ValueTask<object?> current)
    {
        var fields = plan.Fields;
        while (true)
        {
            var value = await current.ConfigureAwait(false);
            if (value is PropagatedError) return value;
            map.SetValue(index, value);
            index++;
            if (index == fields.Length) return map;
            DataLoaders.Enter();
            try
            {
                current = ExecuteField(type, source, fields[index], path);
            }
            finally
            {
                DataLoaders.Exit();
            }
        }
    }

    /// <summary>Spec 6.4 ExecuteField: coerce arguments, resolve, complete. Never throws; errors are handled here.</summary>
    /// <param name="parentPath">The parent object's path, or null when it is the top of <see cref="Paths"/>.</param>
    private ValueTask<object?> ExecuteField(ObjectType type, object? source, FieldPlan plan, Path? parentPath)
    {
        if (plan.IsTypeName) return new ValueTask<object?>(type.Name);
        if (parentPath is not null)
        {
            // Leaf fields read by the default resolver (or a parent-only one) need a path only when they fail.
            var path = plan.IsLeaf && plan.Pipeline is null && ReadsParentOnly(plan.Field) ? null : parentPath.Append(plan.ResponseName);
            return ExecuteField(type, source, plan, parentPath, path, parentPath.IsRoot);
        }
        Paths.Push(plan.ResponseName);
        try
        {
            return ExecuteField(type, source, plan, null, null, Paths.Depth == 1);
        }
        finally
        {
            Paths.Pop();
        }
    }

    /// <param name="parentPath">Null when the field's position is the top of <see cref="Paths"/>.</param>
    /// <param name="path">The field's path when already materialized (else null: see <see cref="FieldPath"/>).</param>
    private ValueTask<object?> ExecuteField(ObjectType type, object? source, FieldPlan plan, Path? parentPath, Path? path,
        bool isRootField)
    {
        ValueTask<object?> resolved;
        try
        {
            resolved = Tracer is null
                ? Resolve(type, source, plan, parentPath, path, isRootField)
                : ResolveTraced(type, source, plan, parentPath, path, isRootField);
        }
        catch (Exception ex)
        {
            return new ValueTask<object?>(HandleFieldError(ex, plan.ReturnType, plan, FieldPath(plan, parentPath, path)));
        }
        return CompleteField(plan, parentPath, path, resolved);
    }

    /// <summary>
    /// Completes a field read by the direct-leaf path of <see cref="ExecuteFields"/> whose value needs the scalar (or is
    /// a null at a non-null position), or whose read threw <paramref name="error"/>; <paramref name="parentPath"/> as there.
    /// </summary>
    private ValueTask<object?> CompleteDirectLeaf(FieldPlan plan, Path? parentPath, ValueTask<object?> resolved, Exception? error)
    {
        if (parentPath is null) Paths.Push(plan.ResponseName);
        try
        {
            return error is null
                ? CompleteField(plan, parentPath, null, resolved)
                : new ValueTask<object?>(HandleFieldError(error, plan.ReturnType, plan, FieldPath(plan, parentPath, null)));
        }
        finally
        {
            if (parentPath is null) Paths.Pop();
        }
    }

    /// <summary>Spec 6.4.3 after 6.4.2: completes a resolved (or still resolving) value and handles its errors.</summary>
    private ValueTask<object?> CompleteField(FieldPlan plan, Path? parentPath, Path? path, ValueTask<object?> resolved)
    {
        var returnType = plan.ReturnType;
        try
        {
            if (!resolved.IsCompleted) return CompleteResolvedLater(resolved, plan, FieldPath(plan, parentPath, path));
            var value = resolved.GetAwaiter().GetResult();
            // A resolver bound as Func<IResolverContext, object?> may hand back a Task: await it like a promise.
            if (value is Task task) return CompleteResolvedLater(DefaultFieldResolver.AwaitTask(task), plan, FieldPath(plan, parentPath, path));
            var completed = CompleteValue(returnType, plan, path, value);
            if (!completed.IsCompleted) return AwaitCompletion(completed, returnType, plan, FieldPath(plan, parentPath, path));
            var result = completed.GetAwaiter().GetResult();
            return new ValueTask<object?>(result is FieldFailure failure ? HandleFieldError(failure, returnType, plan, FieldPath(plan, parentPath, path)) : result);
        }
        catch (Exception ex)
        {
            return new ValueTask<object?>(HandleFieldError(ex, returnType, plan, FieldPath(plan, parentPath, path)));
        }
    }

    /// <summary>The field's path, materialized: the known one, else appended to the parent's, else from <see cref="Paths"/>.</summary>
    private Path FieldPath(FieldPlan plan, Path? parentPath, Path? path)
        => path ?? parentPath?.Append(plan.ResponseName) ?? Paths.Current();

    /// <summary>A materialized path for a position given as in <see cref="ExecuteFields"/> (null: the top of <see cref="Paths"/>).</summary>
    private Path Materialize(Path? path) => path ?? Paths.Current();

    private static bool ReadsParentOnly(Field field)
        => field.Resolver is not { } resolver || (object?)field.ParentValueResolver?.Resolver == resolver;

    private async ValueTask<object?> CompleteResolvedLater(ValueTask<object?> resolved, FieldPlan plan, Path path)
    {
        var returnType = plan.ReturnType;
        try
        {
            var value = await resolved.ConfigureAwait(false);
            ValueTask<object?> completed;
            DataLoaders.Enter();
            try
            {
                completed = CompleteValue(returnType, plan, path, value);
            }
            finally
            {
                DataLoaders.Exit();
            }
            var result = completed.IsCompleted ? completed.GetAwaiter().GetResult() : await completed.ConfigureAwait(false);
            return result is FieldFailure failure ? HandleFieldError(failure, returnType, plan, path) : result;
        }
        catch (Exception ex)
        {
            return HandleFieldError(ex, returnType, plan, path);
        }
    }

    /// <summary>Awaits a completion that went asynchronous and handles its error at <paramref name="path"/>.</summary>
    private async ValueTask<object?> AwaitCompletion(ValueTask<object?> completed, GraphQLType type, FieldPlan plan, Path path)
    {
        try
        {
            var result = await completed.ConfigureAwait(false);
            return result is FieldFailure failure ? HandleFieldError(failure, type, plan, path) : result;
        }
        catch (Exception ex)
        {
            return HandleFieldError(ex, type, plan, path);
        }
    }

    /// <summary>
    /// Spec 6.4.4 Handling Field Errors: at a non-null position the error travels up (returned as
    /// <see cref="PropagatedError"/>); at a nullable one it is recorded and the position becomes null.
    /// <paramref name="failure"/> is a <see cref="FieldFailure"/> result or an exception thrown by user code.
    /// </summary>
    private object? HandleFieldError(object failure, GraphQLType type, FieldPlan plan, Path path)
    {
        GraphQLError located;
        switch (failure)
        {
            case PropagatedError propagated:
                if (type is NonNullType) return propagated;
                Errors.Add(propagated.Error, path);
                return null;
            case CompletionError completion:
                var error = completion.Error;
                located = new GraphQLError(error.Message, error.Locations ?? plan.Locations, path.ToList(), error.Extensions);
                break;
            default:
                located = Locate((Exception)failure, plan, path);
                break;
        }
        if (type is NonNullType) return new PropagatedError(located);
        Errors.Add(located, path);
        return null;
    }

    /// <summary>graphql-js locatedError: keep an error that already has a path, else give it the field's locations and path.</summary>
    private static GraphQLError Locate(Exception exception, FieldPlan plan, Path path)
    {
        if (exception is AggregateException { InnerExceptions.Count: 1 } aggregate) exception = aggregate.InnerExceptions[0];
        if (exception is GraphQLException { Errors.Count: > 0 } graphQLException)
        {
            var error = graphQLException.Errors[0];
            if (error.Path is not null) return error;
            return new GraphQLError(error.Message, error.Locations ?? plan.Locations, path.ToList(), error.Extensions,
                error.Exception ?? exception);
        }
        return new GraphQLError(exception.Message, plan.Locations, path.ToList(), null, exception);
    }
}
