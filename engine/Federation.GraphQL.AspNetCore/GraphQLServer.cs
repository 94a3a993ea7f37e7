using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;
using Microsoft.Extensions.Options;

namespace Federation.GraphQL.AspNetCore;

/// <summary>
/// One GraphQL server of the application (a singleton shared by its transports): its options and its current
/// executor, which <see cref="SwapExecutor"/> replaces (a hot-reloaded schema or supergraph) while the requests and
/// subscriptions already running finish on the executor they started with.
/// </summary>
public sealed class GraphQLServer
{
    private IRequestExecutor _executor;

    public GraphQLServer(IRequestExecutor executor, IOptions<GraphQLServerOptions> options)
        : this(executor, options, [])
    {
    }

    public GraphQLServer(IRequestExecutor executor, IOptions<GraphQLServerOptions> options,
        IEnumerable<IGraphQLHttpRequestInterceptor> interceptors)
    {
        _executor = executor ?? throw new ArgumentNullException(nameof(executor));
        Options = options.Value;
        Interceptors = [.. interceptors];
    }

    /// <summary>The schema of the current executor (what introspection shows).</summary>
    public Schema Schema => Executor.Schema;

    /// <summary>The current executor. Every request and operation reads it once, when it starts.</summary>
    public IRequestExecutor Executor => Volatile.Read(ref _executor);

    public GraphQLServerOptions Options { get; }

    /// <summary>The registered <see cref="IGraphQLHttpRequestInterceptor"/>s, in registration order.</summary>
    internal IGraphQLHttpRequestInterceptor[] Interceptors { get; }

    /// <summary>
    /// Serves <paramref name="executor"/> from now on and returns the one it replaces. Requests, WebSocket operations and
    /// SSE streams already started keep the executor they read; the next ones (and introspection) see the new schema.
    /// </summary>
    public IRequestExecutor SwapExecutor(IRequestExecutor executor)
    {
        ArgumentNullException.ThrowIfNull(executor);
        return Interlocked.Exchange(ref _executor, executor);
    }
}
