using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Federation.GraphQL.Execution.Compilation;

namespace Federation.GraphQL.Execution;

/// <summary>
/// The resolver used when a field has none: the parent's dictionary entry, or public CLR property / parameterless
/// method / field named like the field (case-insensitive). JSON documents are decoded to plain values first
/// (<see cref="Utilities.JsonValues"/>): the executor does not read System.Text.Json types.
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), MemberAccessor> Accessors = new();

    /// <summary>The default resolver as a <see cref="FieldResolver"/>.</summary>
    public static readonly FieldResolver Instance = context => new ValueTask<object?>(Resolve(context.Parent, context.Field.Name));

    public static object? Resolve(object? parent, string name)
    {
        switch (parent)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(name, out var v) ? v : null;
            case IDictionary<string, object?> dict:
                return dict.TryGetValue(name, out var d) ? d : null;
            case IDictionary untyped:
                return untyped.Contains(name) ? untyped[name] : null;
            default:
                return GetAccessor(parent.GetType(), name).Read(parent);
        }
    }

    internal static object? Resolve(object? parent, FieldPlan plan, bool subscriptionRoot)
    {
        if (subscriptionRoot) return ResolveEventField(parent, plan.Field.Name);
        // The maps of decoded JSON and of most resolvers, by their concrete types (no interface dispatch).
        if (parent is OrderedDictionary<string, object?> ordered) return ReadOrdered(ordered, plan);
        if (parent is Dictionary<string, object?> dictionary) return dictionary.TryGetValue(plan.Field.Name, out var d) ? d : null;
        if (parent is null || parent is IEnumerable) return Resolve(parent, plan.Field.Name);
        var type = parent.GetType();
        var accessor = plan.Accessor;
        if (accessor is null || accessor.Type != type)
        {
            accessor = GetAccessor(type, plan.Field.Name);
            plan.Accessor = accessor;
        }
        return accessor.Read(parent);
    }

    /// <summary>
    /// An entry of an ordered map (decoded JSON), looked for first at the position where the plan found its key last
    /// time: objects of one JSON array usually list their keys in the same order, so the hash lookup is mostly skipped.
    /// </summary>
    internal static object? ReadOrdered(OrderedDictionary<string, object?> map, FieldPlan plan)
    {
        var name = plan.Field.Name;
        var index = plan.MapIndex;
        if ((uint)index < (uint)map.Count)
        {
            var entry = map.GetAt(index);
            if (string.Equals(entry.Key, name)) return entry.Value;
        }
        index = map.IndexOf(name);
        if (index < 0) return null;
        plan.MapIndex = index;
        return map.GetAt(index).Value;
    }

    /// <summary>The value of a root subscription field for an event: the event's member named like the field, else the event itself.</summary>
    private static object? ResolveEventField(object? @event, string name)
    {
        switch (@event)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(name, out var v) ? v : @event;
            case IDictionary<string, object?> dict:
                return dict.TryGetValue(name, out var d) ? d : @event;
            default:
                var accessor = GetAccessor(@event.GetType(), name);
                return accessor.Exists ? accessor.Read(@event) : @event;
        }
    }

    internal static MemberAccessor GetAccessor(Type type, string name) => Accessors.GetOrAdd((type, name), static key => MemberAccessor.Create(key.Item1, key.Item2));

    internal static async ValueTask<object?> AwaitTask(Task task)
    {
        await task.ConfigureAwait(false);
        return TaskResult(task);
    }

    private static object? TaskResult(Task task)
    {
        var type = task.GetType();
        if (!type.IsGenericType) return null;
        return type.GetProperty("Result")?.GetValue(task);
    }
}

/// <summary>A compiled reader of one CLR member (property or parameterless method) of one type.</summary>
internal sealed class MemberAccessor
{
    private readonly Func<object, object?>? _read;

    private MemberAccessor(Type type, Func<object, object?>? read)
    {
        Type = type;
        _read = read;
    }

    public Type Type { get; }

    public bool Exists => _read is not null;

    public object? Read(object instance) => _read is null ? null : _read(instance);

    public static MemberAccessor Create(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        MemberInfo? member = null;
        foreach (var p in type.GetProperties(flags))
        {
            if (p.GetIndexParameters().Length == 0 && p.CanRead && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                member = p;
                if (p.Name == name) break;
            }
        }
        if (member is null)
        {
            foreach (var m in type.GetMethods(flags))
            {
                if (m.GetParameters().Length == 0 && !m.IsGenericMethodDefinition && m.ReturnType != typeof(void)
                    && (string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase)
                        || string.Equals(m.Name, "Get" + name, StringComparison.OrdinalIgnoreCase)))
                {
                    member = m;
                    break;
                }
            }
        }
        if (member is null)
        {
            foreach (var f in type.GetFields(flags))
            {
                if (string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    member = f;
                    break;
                }
            }
        }
        if (member is null) return new MemberAccessor(type, null);
        var instance = Expression.Parameter(typeof(object), "instance");
        var typed = Expression.Convert(instance, type);
        Expression body = member switch
        {
            PropertyInfo p => Expression.Property(typed, p),
            MethodInfo m => Expression.Call(typed, m),
            FieldInfo f => Expression.Field(typed, f),
            _ => throw new InvalidOperationException(),
        };
        // Booleans and small integers come from shared boxes (Boxes) instead of a new box per read.
        Expression boxed = body.Type == typeof(bool) || body.Type == typeof(int)
            ? Expression.Call(typeof(Boxes).GetMethod(nameof(Boxes.Box), [body.Type])!, body)
            : Expression.Convert(body, typeof(object));
        var lambda = Expression.Lambda<Func<object, object?>>(boxed, instance);
        return new MemberAccessor(type, lambda.Compile());
    }
}
