using Federation.GraphQL.Execution.Coercion;
using Federation.GraphQL.Execution.Compilation;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Execution;

internal sealed partial class OperationExecution
{
    /// <summary>
    /// Spec 6.4.3 ResolveAbstractType: the type's ResolveType delegate, else a "__typename" entry of the value, else the
    /// first possible type whose IsTypeOf accepts it, else the possible type whose RuntimeType the value is an instance of.
    /// Returns the <see cref="ObjectType"/>, or a <see cref="CompletionError"/> when none fits.
    /// </summary>
    private object ResolveAbstractType(NamedType abstractType, FieldPlan plan, Path? path, object value)
    {
        var resolveType = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };
        ResolverContext? context = null;
        if (resolveType is not null)
        {
            context = new ResolverContext(this, plan.ParentType, plan, value, Materialize(path), ArgumentCoercion.Empty);
            if (resolveType(value, context, abstractType) is { } resolved) return EnsureValidRuntimeType(resolved.Name, abstractType, plan);
        }
        if (TypeNameOf(value) is { } typeName) return EnsureValidRuntimeType(typeName, abstractType, plan);
        var possibleTypes = Schema.GetPossibleTypes(abstractType);
        foreach (var candidate in possibleTypes)
        {
            if (candidate.IsTypeOf is { } isTypeOf)
            {
                context ??= new ResolverContext(this, plan.ParentType, plan, value, Materialize(path), ArgumentCoercion.Empty);
                if (isTypeOf(value, context)) return candidate;
            }
        }
        var clrType = value.GetType();
        ObjectType? assignable = null;
        foreach (var candidate in possibleTypes)
        {
            if (candidate.RuntimeType is not { } runtimeType) continue;
            if (runtimeType == clrType) return candidate;
            if (assignable is null && runtimeType.IsAssignableFrom(clrType)) assignable = candidate;
        }
        if (assignable is not null) return assignable;
        return new CompletionError(new GraphQLError(
            $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{plan.ParentType.Name}.{plan.Field.Name}\". " +
            $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
            plan.Locations));
    }

    private static string? TypeNameOf(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map.TryGetValue("__typename", out var n) ? n as string : null,
        IDictionary<string, object?> dict => dict.TryGetValue("__typename", out var n) ? n as string : null,
        _ => null,
    };

    private object EnsureValidRuntimeType(string typeName, NamedType abstractType, FieldPlan plan)
    {
        var runtimeType = Schema.GetType(typeName);
        if (runtimeType is null)
        {
            return new CompletionError(new GraphQLError(
                $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.", plan.Locations));
        }
        if (runtimeType is not ObjectType objectType)
        {
            return new CompletionError(new GraphQLError(
                $"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\".", plan.Locations));
        }
        if (!Schema.IsSubType(abstractType, objectType))
        {
            return new CompletionError(new GraphQLError(
                $"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".", plan.Locations));
        }
        return objectType;
    }
}
