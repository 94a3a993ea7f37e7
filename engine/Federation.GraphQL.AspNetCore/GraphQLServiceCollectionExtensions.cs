using Federation.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Federation.GraphQL.AspNetCore;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>Adds the GraphQL server; configure its schema on the returned builder, then call <c>app.MapGraphQL()</c>.</summary>
    public static GraphQLServerBuilder AddGraphQL(this IServiceCollection services)
    {
        var builder = new GraphQLServerBuilder(services);
        services.AddOptions<GraphQLServerOptions>();
        services.AddSingleton(sp =>
        {
            var schema = builder.BuildSchema(sp);
            builder.ExecutorOptions.ParserOptions = sp.GetRequiredService<IOptions<GraphQLServerOptions>>().Value.ParserOptions;
            return new GraphQLServer(schema, new RequestExecutor(schema, builder.ExecutorOptions),
                sp.GetRequiredService<IOptions<GraphQLServerOptions>>(), sp.GetServices<IGraphQLHttpRequestInterceptor>());
        });
        builder.AddInMemorySubscriptions();
        // Readiness of app.MapGraphQLHealth(): the schema is built.
        services.AddHealthChecks().AddCheck<Http.GraphQLSchemaHealthCheck>(Http.GraphQLSchemaHealthCheck.Name, tags: [Http.GraphQLSchemaHealthCheck.ReadyTag]);
        return builder;
    }
}
