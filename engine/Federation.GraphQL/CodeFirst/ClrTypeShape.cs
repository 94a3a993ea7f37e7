using System.Reflection;

namespace Federation.GraphQL.CodeFirst;

/// <summary>How a member's result arrives: directly, awaited, or as a stream of events.</summary>
internal enum ResultWrapper
{
    None,
    Task,
    ValueTask,
    AsyncEnumerable,
}

/// <summary>
/// A CLR type seen through GraphQL eyes: a named type (<see cref="NamedClrType"/>) or a list of shapes, nullable or not
/// according to the nullable reference type metadata (unknown nullability counts as nullable, value types are non-null
/// unless <see cref="Nullable{T}"/>).
/// </summary>
internal sealed class ClrTypeShape
{
    private ClrTypeShape(Type clrType, bool isNullable, ClrTypeShape? item)
    {
        ClrType = clrType;
        IsNullable = isNullable;
        Item = item;
    }

    /// <summary>The CLR type (for lists the collection type; Nullable&lt;T&gt; unwrapped).</summary>
    public Type ClrType { get; }

    public bool IsNullable { get; }

    /// <summary>The item shape when this is a list.</summary>
    public ClrTypeShape? Item { get; }

    public bool IsList => Item is not null;

    /// <summary>The innermost non-list CLR type.</summary>
    public Type NamedClrType => Item?.NamedClrType ?? ClrType;

    public static ClrTypeShape List(Type listType, bool isNullable, ClrTypeShape item) => new(listType, isNullable, item);

    public static ClrTypeShape From(Type type, NullabilityInfo? info)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying) return new ClrTypeShape(underlying, true, null);
        var nullable = !type.IsValueType && info?.ReadState != NullabilityState.NotNull;
        if (TryGetItemType(type, info, out var itemType, out var itemInfo))
        {
            return new ClrTypeShape(type, nullable, From(itemType, itemInfo));
        }
        return new ClrTypeShape(type, nullable, null);
    }

    /// <summary>Arrays and IEnumerable&lt;T&gt; (not string, not dictionaries) are lists.</summary>
    public static bool TryGetItemType(Type type, NullabilityInfo? info, out Type itemType, out NullabilityInfo? itemInfo)
    {
        itemType = typeof(object);
        itemInfo = null;
        if (type == typeof(string)) return false;
        if (type.IsArray)
        {
            itemType = type.GetElementType()!;
            itemInfo = info?.ElementType;
            return true;
        }
        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        if (enumerable is null || IsDictionary(type)) return false;
        itemType = enumerable.GetGenericArguments()[0];
        // List<T>, IReadOnlyList<T>, HashSet<T>...: the single type argument carries the item's nullability.
        if (info is { GenericTypeArguments.Length: 1 } && type.GetGenericArguments() is [var only] && only == itemType)
        {
            itemInfo = info.GenericTypeArguments[0];
        }
        return true;
    }

    /// <summary>Task&lt;T&gt;, ValueTask&lt;T&gt; and IAsyncEnumerable&lt;T&gt; unwrapped to T with its nullability.</summary>
    public static (ResultWrapper Wrapper, Type Type, NullabilityInfo? Info) UnwrapResult(Type type, NullabilityInfo? info)
    {
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var wrapper = definition == typeof(Task<>) ? ResultWrapper.Task
                : definition == typeof(ValueTask<>) ? ResultWrapper.ValueTask
                : definition == typeof(IAsyncEnumerable<>) ? ResultWrapper.AsyncEnumerable
                : ResultWrapper.None;
            if (wrapper != ResultWrapper.None)
            {
                var inner = info is { GenericTypeArguments.Length: 1 } ? info.GenericTypeArguments[0] : null;
                return (wrapper, type.GetGenericArguments()[0], inner);
            }
        }
        return (ResultWrapper.None, type, info);
    }

    private static bool IsDictionary(Type type)
        => type.GetInterfaces().Append(type).Any(i => i.IsGenericType
            && (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)));
}
