using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;
using Microsoft.Extensions.Options;

namespace Federation.GraphQL.AspNetCore;

/// <summary>The running server's schema, executor and options (a singleton shared by the transports).</summary>
public sealed class GraphQLServer
{
    public GraphQLServer(Schema schema, RequestExecutor executor, IOptions<GraphQLServerOptions> options)
        : this(schema, executor, options, [])
    {
    }

    public GraphQLServer(Schema schema, RequestExecutor executor, IOptions<GraphQLServerOptions> options,
        IEnumerable<IGraphQLHttpRequestInterceptor> interceptors)
    {
        Schema = schema;
        Executor = executor;
        Options = options.Value;
        Interceptors = [.. interceptors];
    }

    public Schema Schema { get; }

    public RequestExecutor Executor { get; }

    public GraphQLServerOptions Options { get; }

    /// <summary>The registered <see cref="IGraphQLHttpRequestInterceptor"/>s, in registration order.</summary>
    internal IGraphQLHttpRequestInterceptor[] Interceptors { get; }
}
