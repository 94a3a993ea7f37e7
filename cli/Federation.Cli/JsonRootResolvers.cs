using Federation.GraphQL;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Subscriptions;
using Federation.GraphQL.Types;
using Federation.GraphQL.Utilities;
using System.Text.Json;

namespace Federation.Cli;

/// <summary>
/// Resolvers over a JSON root value (the same rules as the differential test's graphql-js side):
/// a field returns the entry of its name of the parent object; <c>{"__throw": "msg"}</c> raises a field error;
/// <c>{"__args": true}</c> returns the field's coerced arguments; a root subscription field whose value is an
/// array emits its elements as events (each event is then the root value the subscription field reads from).
/// The event bus (in memory, or Redis with <c>fed serve --redis</c>): a field whose value is <c>{"__publish": "topic"}</c>
/// sends its arguments to that topic and returns them; a root subscription field whose value is
/// <c>{"__subscribe": "topic"}</c> emits every event sent to that topic.
/// Abstract types resolve by <c>__typename</c>, which the executor does by default for dictionaries.
/// </summary>
public static class JsonRootResolvers
{
    /// <summary>Binds the resolvers on the builder (a step that walks every object type of the schema being built).</summary>
    public static SchemaBuilder Bind(SchemaBuilder builder) => builder.Configure(schema => Bind(schema, new JsonRoot(null, TimeSpan.Zero)));

    /// <summary>
    /// Binds the resolvers for a server: operations without a root value of their own read <paramref name="root"/>,
    /// and subscription events are spaced by <paramref name="eventInterval"/>.
    /// </summary>
    public static SchemaBuilder Bind(SchemaBuilder builder, object? root, TimeSpan eventInterval)
        => builder.Configure(schema => Bind(schema, new JsonRoot(root is null ? null : ShareFieldNames(root, FieldNames(schema)), eventInterval)));

    /// <summary>The names of the schema's object and interface fields, each as the schema's own string instance.</summary>
    private static Dictionary<string, string> FieldNames(Schema schema)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in schema.Types)
        {
            if (type is not ComplexType complex) continue;
            foreach (var field in complex.Fields) names.TryAdd(field.Name, field.Name);
        }
        return names;
    }

    /// <summary>
    /// A copy of a decoded JSON value whose object keys that name schema fields are the schema's own strings: the default
    /// resolver's dictionary lookups then compare keys by reference instead of by content (same keys, order and values).
    /// </summary>
    private static object? ShareFieldNames(object? value, Dictionary<string, string> names)
    {
        switch (value)
        {
            case OrderedDictionary<string, object?> map:
                var copy = new OrderedDictionary<string, object?>(map.Count, StringComparer.Ordinal);
                foreach (var (key, item) in map) copy[names.GetValueOrDefault(key, key)] = ShareFieldNames(item, names);
                return copy;
            case List<object?> list:
                var items = new List<object?>(list.Count);
                foreach (var item in list) items.Add(ShareFieldNames(item, names));
                return items;
            default:
                return value;
        }
    }

    private static void Bind(Schema schema, JsonRoot root)
    {
        // A fixed root without __throw/__args markers reads the same through the executor's default resolver
        // (a dictionary entry by field name), which skips a delegate call per field.
        var plainData = root.Value is not null && !HasMarkers(root.Value);
        foreach (var type in schema.Types)
        {
            if (type is not ObjectType objectType || type.Name.StartsWith("__", StringComparison.Ordinal)) continue;
            var isSubscription = ReferenceEquals(objectType, schema.SubscriptionType);
            var isOperationRoot = ReferenceEquals(objectType, schema.QueryType) || ReferenceEquals(objectType, schema.MutationType);
            foreach (var field in objectType.Fields)
            {
                field.Resolver = isOperationRoot && root.Value is not null ? root.ResolveFromRoot
                    : plainData && !isSubscription ? null
                    : Resolve;
                if (isSubscription) field.Subscriber = root.Subscribe;
            }
        }
    }

    /// <summary>Whether a JSON value holds an object with a <c>__throw</c> or <c>__args</c> entry anywhere.</summary>
    private static bool HasMarkers(object? value)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map:
                if (map.ContainsKey("__throw") || map.ContainsKey("__args") || map.ContainsKey("__publish")) return true;
                foreach (var entry in map)
                {
                    if (HasMarkers(entry.Value)) return true;
                }
                return false;
            case IReadOnlyList<object?> list:
                for (var i = 0; i < list.Count; i++)
                {
                    if (HasMarkers(list[i])) return true;
                }
                return false;
            default:
                return false;
        }
    }

    private static ValueTask<object?> Resolve(IResolverContext context) => MaterializeAsync(Property(context.Parent, context.Field.Name), context);

    /// <summary><see cref="Materialize"/>, and <c>{"__publish": "topic"}</c>: the arguments go to the topic's subscribers.</summary>
    private static ValueTask<object?> MaterializeAsync(object? value, IResolverContext context)
        => value is IReadOnlyDictionary<string, object?> map && map.TryGetValue("__publish", out var topic) && topic is string name
            ? PublishAsync(name, context)
            : new(Materialize(value, context));

    private static async ValueTask<object?> PublishAsync(string topic, IResolverContext context)
    {
        var sender = context.Services.GetService(typeof(ITopicEventSender)) as ITopicEventSender
            ?? throw new GraphQLException("No subscription event bus is registered.");
        // Sent as JSON, so the same event crosses the in-memory bus and Redis alike.
        await sender.SendAsync(topic, JsonSerializer.SerializeToElement(context.Arguments), context.RequestAborted);
        return context.Arguments;
    }

    /// <summary>Each event becomes the root value of the subscription field: <c>{field: event}</c>.</summary>
    private static async IAsyncEnumerable<object?> Decode(IAsyncEnumerable<object?> events, string field)
    {
        await foreach (var e in events)
        {
            yield return new Dictionary<string, object?> { [field] = e is JsonElement json ? JsonValues.Decode(json) : e };
        }
    }

    /// <summary>The server's root value and event spacing, captured by the resolvers bound to a schema.</summary>
    private sealed class JsonRoot(object? value, TimeSpan eventInterval)
    {
        public object? Value { get; } = value;

        public ValueTask<object?> ResolveFromRoot(IResolverContext context)
            => MaterializeAsync(Property(context.Parent ?? Value, context.Field.Name), context);

        public async ValueTask<IAsyncEnumerable<object?>> Subscribe(IResolverContext context)
        {
            var parent = context.Parent ?? Value;
            var found = parent is IReadOnlyDictionary<string, object?> map && map.ContainsKey(context.Field.Name);
            var value = Materialize(Property(parent, context.Field.Name), context);
            if (value is IReadOnlyList<object?> events) return Stream(events, eventInterval, context.RequestAborted);
            if (value is IReadOnlyDictionary<string, object?> marker && marker.TryGetValue("__subscribe", out var topic) && topic is string name)
            {
                return Decode(await context.SubscribeToTopic<JsonElement>(name), context.Field.Name);
            }
            // graphql-js's message; an absent property is JavaScript's undefined there.
            var received = found ? Federation.GraphQL.Utilities.Inspect.Value(value) : "undefined";
            throw new GraphQLException($"Subscription field must return Async Iterable. Received: {received}.");
        }
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

    private static async IAsyncEnumerable<object?> Stream(IReadOnlyList<object?> events, TimeSpan interval, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (i > 0 && interval > TimeSpan.Zero) await Task.Delay(interval, cancellationToken);
            else await Task.Yield();
            yield return events[i];
        }
    }
}
