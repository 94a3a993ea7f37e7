using Federation.GraphQL.Utilities;
using System.Collections;
using Federation.GraphQL.Execution.Coercion;
using Federation.GraphQL.Execution.Compilation;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Execution;

internal sealed partial class OperationExecution
{
    /// <summary>
    /// Spec 6.4.3 CompleteValue. Returns a <see cref="CompletionError"/> for an error of this position (null for
    /// non-null, invalid leaf value, ...) and a <see cref="PropagatedError"/> when a non-null descendant failed: errors
    /// are results, not exceptions (only user code such as custom scalars throws). A null <paramref name="path"/> means
    /// the top of <see cref="Paths"/> (leaves do not use it).
    /// </summary>
    private ValueTask<object?> CompleteValue(GraphQLType type, FieldPlan plan, Path? path, object? value)
    {
        if (type is NonNullType nonNull)
        {
            var inner = CompleteValue(nonNull.OfType, plan, path, value);
            if (!inner.IsCompleted) return AwaitNonNull(inner, plan);
            return new ValueTask<object?>(inner.GetAwaiter().GetResult() ?? NullForNonNull(plan));
        }
        if (value is null) return default;
        switch (type)
        {
            case ScalarType scalar:
                return new ValueTask<object?>(SerializeScalar(scalar, value));
            case EnumType enumType:
                return new ValueTask<object?>(SerializeEnum(enumType, value));
            case ObjectType objectType:
                if (value is TypedValue typed)
                {
                    if (!ReferenceEquals(typed.Type, objectType)) return new ValueTask<object?>(TypedValueMismatch(typed, objectType, plan));
                    value = typed.Value;
                }
                return CompleteObject(objectType, plan, path, value);
            case ListType list:
                return CompleteList(list.OfType, plan, path, value);
            default:
                if (value is TypedValue typedValue)
                {
                    // The resolver named the runtime type: no type resolver to ask (spec 6.4.3 ResolveAbstractType).
                    var checkedType = EnsureValidRuntimeType(typedValue.Type.Name, (NamedType)type, plan);
                    return checkedType is ObjectType known ? CompleteObject(known, plan, path, typedValue.Value) : new ValueTask<object?>(checkedType);
                }
                var runtimeType = ResolveAbstractType((NamedType)type, plan, path, value);
                return runtimeType is ObjectType resolved ? CompleteObject(resolved, plan, path, value) : new ValueTask<object?>(runtimeType);
        }
    }

    private static CompletionError TypedValueMismatch(TypedValue typed, ObjectType expected, FieldPlan plan)
        => new(new GraphQLError($"Expected value of type \"{expected.Name}\" but got a value typed \"{typed.Type.Name}\".", plan.Locations));

    private static async ValueTask<object?> AwaitNonNull(ValueTask<object?> inner, FieldPlan plan)
        => await inner.ConfigureAwait(false) ?? NullForNonNull(plan);

    private static CompletionError NullForNonNull(FieldPlan plan)
        => new(new GraphQLError($"Cannot return null for non-nullable field {plan.ParentType.Name}.{plan.Field.Name}."));

    /// <summary>Spec 6.4.3 leaf completion (CoerceResult): the serialized value, or a <see cref="CompletionError"/>.</summary>
    private static object SerializeScalar(ScalarType scalar, object value)
    {
        // Values already in their serialized form skip the scalar (and a second boxing).
        switch (scalar)
        {
            case StringType or IdType when value is string:
            case IntType when value is int:
            case BooleanType when value is bool:
            case FloatType when value is double d && double.IsFinite(d):
                return value;
        }
        if (!scalar.TrySerialize(value, out var serialized, out var error)) return new CompletionError(new GraphQLError(error));
        return serialized ?? new CompletionError(new GraphQLError(
            $"Expected `{scalar.Name}.coerceOutputValue({Inspect.Value(value)})` to return non-nullable value, returned: null"));
    }

    private static object SerializeEnum(EnumType type, object value)
    {
        if (type.GetValueByRuntimeValue(value) is { } byRuntime) return byRuntime.Name;
        if (value is string name && type.GetValue(name) is { } byName) return byName.Name;
        if (value is Enum clrEnum && type.GetValue(clrEnum.ToString()) is { } byEnumName) return byEnumName.Name;
        return new CompletionError(new GraphQLError($"Enum \"{type.Name}\" cannot represent value: {Inspect.Value(value)}"));
    }

    private ValueTask<object?> CompleteObject(ObjectType type, FieldPlan plan, Path? path, object value)
    {
        if (type.IsTypeOf is { } isTypeOf)
        {
            var context = new ResolverContext(this, type, plan, value, Materialize(path), ArgumentCoercion.Empty);
            if (!isTypeOf(value, context))
            {
                return new ValueTask<object?>(new CompletionError(new GraphQLError(
                    $"Expected value of type \"{type.Name}\" but got: {Inspect.Value(value)}.", plan.Locations)));
            }
        }
        return ExecuteFields(type, value, path, plan.GetSubPlan(type, Collector));
    }

    /// <summary>Spec 6.4.3 list completion: any enumerable but strings and maps; items complete independently.</summary>
    private ValueTask<object?> CompleteList(GraphQLType itemType, FieldPlan plan, Path? path, object value)
    {
        if (!InputValueCoercion.IsList(value))
        {
            return new ValueTask<object?>(new CompletionError(new GraphQLError(
                $"Expected Iterable, but did not find one for field \"{plan.ParentType.Name}.{plan.Field.Name}\".")));
        }
        // Indexed lists (arrays, List<T>, the schema's collections) are read without an enumerator.
        if (value is IReadOnlyList<object?> indexed)
        {
            var count = indexed.Count;
            var items = count == 0 ? [] : new object?[count];
            ValueTask<object?>[]? waiting = null;
            // Items of object type (the common case) go straight to their selection set: CompleteValue would get there
            // the same way (no isTypeOf check to run; a non-null position is never null after ExecuteFields).
            var objectType = (itemType is NonNullType nonNull ? nonNull.OfType : itemType) as ObjectType;
            var objectPlan = count > 0 && objectType is { IsTypeOf: null } ? plan.GetSubPlan(objectType, Collector) : null;
            for (var i = 0; i < count; i++)
            {
                var item = CompleteItem(itemType, plan, path, i, indexed[i], ref waiting, count, objectPlan);
                if (item is PropagatedError) return new ValueTask<object?>(item);
                items[i] = item;
            }
            return waiting is null ? new ValueTask<object?>(items) : AwaitItems(items, waiting);
        }

        List<object?>? grown = null;
        object?[]? results = null;
        if (value is ICollection collection) results = collection.Count == 0 ? [] : new object?[collection.Count];
        else grown = new List<object?>();
        ValueTask<object?>[]? pending = null;
        var index = 0;
        foreach (var item in (IEnumerable)value)
        {
            if (results is not null && index >= results.Length) Array.Resize(ref results, index + 1);
            var completedItem = CompleteItem(itemType, plan, path, index, item, ref pending, results?.Length ?? 4);
            // A non-null item failed: the whole list is null (the error travels on).
            if (completedItem is PropagatedError) return new ValueTask<object?>(completedItem);
            if (results is not null) results[index] = completedItem;
            else grown!.Add(completedItem);
            index++;
        }
        results ??= grown!.ToArray();
        if (results.Length != index) Array.Resize(ref results, index);
        return pending is null ? new ValueTask<object?>(results) : AwaitItems(results, pending);
    }

    /// <summary>
    /// Completes one list item; an item still running is recorded in <paramref name="pending"/> (its place in the result
    /// stays null until awaited). Returns <see cref="PropagatedError"/> when a non-null item failed.
    /// </summary>
    /// <param name="objectPlan">The sub-plan of the item type when it is an object type without isTypeOf (items then go
    /// straight to <see cref="ExecuteFields"/>), else null.</param>
    private object? CompleteItem(GraphQLType itemType, FieldPlan plan, Path? path, int index, object? item,
        ref ValueTask<object?>[]? pending, int capacity, SelectionPlan? objectPlan = null)
    {
        if (path is not null) return CompleteItem(itemType, plan, path.Append(index), item, ref pending, index, capacity, objectPlan);
        Paths.Push(index);
        try
        {
            return CompleteItem(itemType, plan, null, item, ref pending, index, capacity, objectPlan);
        }
        finally
        {
            Paths.Pop();
        }
    }

    /// <param name="itemPath">The item's path, or null when it is the top of <see cref="Paths"/>.</param>
    private object? CompleteItem(GraphQLType itemType, FieldPlan plan, Path? itemPath, object? item,
        ref ValueTask<object?>[]? pending, int index, int capacity, SelectionPlan? objectPlan)
    {
        try
        {
            var completion = objectPlan is not null && item is not null and not TypedValue
                ? ExecuteFields(objectPlan.Type, item, itemPath, objectPlan)
                : CompleteValue(itemType, plan, itemPath, item);
            if (!completion.IsCompleted)
            {
                pending ??= new ValueTask<object?>[capacity];
                if (index >= pending.Length) Array.Resize(ref pending, Math.Max(pending.Length * 2, index + 1));
                pending[index] = AwaitCompletion(completion, itemType, plan, Materialize(itemPath));
                return null;
            }
            var completedItem = completion.GetAwaiter().GetResult();
            return completedItem is FieldFailure failure ? HandleFieldError(failure, itemType, plan, Materialize(itemPath)) : completedItem;
        }
        catch (Exception ex)
        {
            return HandleFieldError(ex, itemType, plan, Materialize(itemPath));
        }
    }

    private static async ValueTask<object?> AwaitItems(object?[] results, ValueTask<object?>[] pending)
    {
        for (var i = 0; i < pending.Length && i < results.Length; i++)
        {
            var task = pending[i];
            if (task.Equals(default(ValueTask<object?>))) continue;
            var value = await task.ConfigureAwait(false);
            if (value is PropagatedError) return value;
            results[i] = value;
        }
        return results;
    }
}
