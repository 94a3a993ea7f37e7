using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;
using Microsoft.Extensions.Options;

namespace Federation.GraphQL.AspNetCore;

/// <summary>The running server's schema, executor and options (a singleton shared by the transports).</summary>
public sealed class GraphQLServer
{
    public GraphQLServer(Schema schema, RequestExecutor executor, IOptions<GraphQLServerOptions> options)
    {
        Schema = schema;
        Executor = executor;
        Options = options.Value;
    }

    public Schema Schema { get; }

    public RequestExecutor Executor { get; }

    public GraphQLServerOptions Options { get; }
}
