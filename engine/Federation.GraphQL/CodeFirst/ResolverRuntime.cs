using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Execution.DataLoader;

namespace Federation.GraphQL.CodeFirst;

/// <summary>The small generic methods compiled resolvers call: argument binding, services, parents and result wrapping.</summary>
internal static class ResolverRuntime
{
    public static T Argument<T>(IResolverContext context, string name, T fallback)
    {
        if (!context.Arguments.TryGetValue(name, out var value)) return fallback;
        return value is T typed ? typed : ClrValueConverter.Convert<T>(value)!;
    }

    public static T Service<T>(IResolverContext context) where T : notnull
        => context.Services.GetService(typeof(T)) is T service
            ? service
            : throw new GraphQLException($"No service of type {typeof(T).Name} is registered.");

    public static T Parent<T>(IResolverContext context)
        => context.Parent is T parent ? parent : throw new GraphQLException(
            $"Expected a parent value of type {typeof(T).Name} for field {context.ObjectType.Name}.{context.Field.Name}.");

    /// <summary>The root value when it has the root type's CLR type; otherwise one from the services or a new instance.</summary>
    public static T Root<T>(IResolverContext context) where T : class
        => context.Parent as T ?? context.Services.GetService(typeof(T)) as T ?? RootFactory<T>.Create();

    /// <summary>The instance a type extension's member runs on: one from the services, else a new one.</summary>
    public static T Instance<T>(IResolverContext context) where T : class
        => context.Services.GetService(typeof(T)) as T ?? RootFactory<T>.Create();

    /// <summary>The request's DataLoader of a resolver parameter's type (one instance per request).</summary>
    public static object DataLoader(IResolverContext context, Type loaderType) => context.DataLoaders().Get(loaderType);

    public static ValueTask<object?> FromValue<T>(T value) => new(value);

    public static ValueTask<object?> FromTask<T>(Task<T> task)
        => task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitTask(task);

    public static ValueTask<object?> FromValueTask<T>(ValueTask<T> task)
        => task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitValueTask(task);

    /// <summary>An IAsyncEnumerable on a query or mutation field is read to the end and returned as a list.</summary>
    public static ValueTask<object?> FromAsyncEnumerable<T>(IAsyncEnumerable<T>? stream, IResolverContext context)
        => stream is null ? new ValueTask<object?>((object?)null) : Collect(stream, context.RequestAborted);

    /// <summary>The source event stream of a subscription field (spec 6.3.3).</summary>
    public static ValueTask<IAsyncEnumerable<object?>> ToEventStream<T>(IAsyncEnumerable<T> stream)
        => new(stream as IAsyncEnumerable<object?> ?? Box(stream));

    public static async ValueTask<IAsyncEnumerable<object?>> ToEventStreamFromTask<T>(Task<IAsyncEnumerable<T>> task)
        => await ToEventStream(await task.ConfigureAwait(false)).ConfigureAwait(false);

    public static async ValueTask<IAsyncEnumerable<object?>> ToEventStreamFromValueTask<T>(ValueTask<IAsyncEnumerable<T>> task)
        => await ToEventStream(await task.ConfigureAwait(false)).ConfigureAwait(false);

    /// <summary>The event itself: a subscription field resolves to the event its stream produced.</summary>
    public static readonly FieldResolver EventResolver = static context => new ValueTask<object?>(context.Parent);

    private static async ValueTask<object?> AwaitTask<T>(Task<T> task) => await task.ConfigureAwait(false);

    private static async ValueTask<object?> AwaitValueTask<T>(ValueTask<T> task) => await task.ConfigureAwait(false);

    private static async ValueTask<object?> Collect<T>(IAsyncEnumerable<T> stream, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        await foreach (var item in stream.WithCancellation(cancellationToken).ConfigureAwait(false)) items.Add(item);
        return items;
    }

    private static async IAsyncEnumerable<object?> Box<T>(IAsyncEnumerable<T> stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in stream.WithCancellation(cancellationToken).ConfigureAwait(false)) yield return item;
    }

    private static class RootFactory<T> where T : class
    {
        private static readonly Func<T> Factory = CreateFactory();

        public static T Create() => Factory();

        private static Func<T> CreateFactory()
        {
            if (typeof(T).GetConstructor(Type.EmptyTypes) is null)
            {
                return static () => throw new GraphQLException(
                    $"{typeof(T).Name} has no parameterless constructor; register it as a service or pass a root value.");
            }
            return System.Linq.Expressions.Expression.Lambda<Func<T>>(System.Linq.Expressions.Expression.New(typeof(T))).Compile();
        }
    }
}

/// <summary>Maps runtime CLR types to object types for interfaces and unions (spec 6.4.3 ResolveAbstractType).</summary>
internal sealed class ClrTypeResolution
{
    private readonly ConcurrentDictionary<Type, Types.ObjectType?> _byClrType = new();

    public ClrTypeResolution(IEnumerable<Types.ObjectType> objectTypes)
    {
        foreach (var type in objectTypes)
        {
            if (type.RuntimeType is { } clr) _byClrType.TryAdd(clr, type);
        }
    }

    public Types.ObjectType? Resolve(object value, IResolverContext context, Types.NamedType abstractType)
        => _byClrType.GetOrAdd(value.GetType(), FindByBaseType) is { } type && context.Schema.IsSubType(abstractType, type) ? type : null;

    private Types.ObjectType? FindByBaseType(Type clr)
    {
        for (var t = clr.BaseType; t is not null; t = t.BaseType)
        {
            if (_byClrType.TryGetValue(t, out var found) && found is not null) return found;
        }
        return null;
    }
}
