using Federation.GraphQL;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;

namespace Federation.Cli;

/// <summary>
/// Resolvers over a JSON root value (the same rules as the differential test's graphql-js side):
/// a field returns the entry of its name of the parent object; <c>{"__throw": "msg"}</c> raises a field error;
/// <c>{"__args": true}</c> returns the field's coerced arguments; a root subscription field whose value is an
/// array emits its elements as events (each event is then the root value the subscription field reads from).
/// Abstract types resolve by <c>__typename</c>, which the executor does by default for dictionaries.
/// </summary>
public static class JsonRootResolvers
{
    public static Schema Bind(Schema schema)
    {
        foreach (var type in schema.Types)
        {
            if (type is not ObjectType objectType || type.Name.StartsWith("__", StringComparison.Ordinal)) continue;
            var isSubscription = ReferenceEquals(objectType, schema.SubscriptionType);
            foreach (var field in objectType.Fields)
            {
                field.Resolver = Resolve;
                if (isSubscription) field.Subscriber = Subscribe;
            }
        }
        return schema;
    }

    private static ValueTask<object?> Resolve(IResolverContext context)
        => new(Materialize(Property(context.Parent, context.Field.Name), context));

    private static ValueTask<IAsyncEnumerable<object?>> Subscribe(IResolverContext context)
    {
        var found = context.Parent is IReadOnlyDictionary<string, object?> map && map.ContainsKey(context.Field.Name);
        var value = Materialize(Property(context.Parent, context.Field.Name), context);
        if (value is IReadOnlyList<object?> events) return new(Stream(events));
        // graphql-js's message; an absent property is JavaScript's undefined there.
        var received = found ? Federation.GraphQL.Utilities.Inspect.Value(value) : "undefined";
        throw new GraphQLException($"Subscription field must return Async Iterable. Received: {received}.");
    }

    private static object? Property(object? parent, string name)
        => parent is IReadOnlyDictionary<string, object?> map && map.TryGetValue(name, out var value) ? value : null;

    private static object? Materialize(object? value, IResolverContext context)
    {
        if (value is IReadOnlyDictionary<string, object?> map)
        {
            if (map.TryGetValue("__throw", out var message) && message is string text) throw new GraphQLException(text);
            if (map.TryGetValue("__args", out var flag) && flag is true) return context.Arguments;
        }
        return value;
    }

    private static async IAsyncEnumerable<object?> Stream(IReadOnlyList<object?> events)
    {
        foreach (var e in events)
        {
            await Task.Yield();
            yield return e;
        }
    }
}
