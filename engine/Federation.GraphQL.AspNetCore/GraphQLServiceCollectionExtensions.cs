using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Federation.GraphQL.AspNetCore;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>Adds the GraphQL server; configure its schema on the returned builder, then call <c>app.MapGraphQL()</c>.</summary>
    public static GraphQLServerBuilder AddGraphQL(this IServiceCollection services)
    {
        var builder = new GraphQLServerBuilder(services, name: null);
        services.AddOptions<GraphQLServerOptions>();
        services.AddSingleton(sp => CreateServer(builder, sp));
        builder.AddInMemorySubscriptions();
        // Readiness of app.MapGraphQLHealth(): the schema is built.
        AddReadinessCheck(services, Http.GraphQLSchemaHealthCheck.Name, name: null);
        return builder;
    }

    /// <summary>
    /// Adds one of several GraphQL servers of the application, each with its own schema, executor and options
    /// (named options of <see cref="GraphQLServerOptions"/>); serve it with <c>app.MapGraphQL(path, name)</c>.
    /// </summary>
    public static GraphQLServerBuilder AddGraphQL(this IServiceCollection services, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (services.Any(d => d.ServiceType == typeof(GraphQLServer) && d.IsKeyedService && Equals(d.ServiceKey, name)))
            throw new InvalidOperationException($"AddGraphQL(\"{name}\") was called twice: every named GraphQL server needs its own name.");
        var builder = new GraphQLServerBuilder(services, name);
        services.AddOptions<GraphQLServerOptions>(name);
        services.AddKeyedSingleton(name, (sp, _) => CreateServer(builder, sp));
        builder.AddInMemorySubscriptions();
        AddReadinessCheck(services, $"{Http.GraphQLSchemaHealthCheck.Name}:{name}", name);
        return builder;
    }

    private static void AddReadinessCheck(IServiceCollection services, string checkName, string? name)
        => services.AddHealthChecks().Add(new HealthCheckRegistration(checkName,
            sp => new Http.GraphQLSchemaHealthCheck(sp, name), failureStatus: null, tags: [Http.GraphQLSchemaHealthCheck.ReadyTag]));

    private static GraphQLServer CreateServer(GraphQLServerBuilder builder, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptionsMonitor<GraphQLServerOptions>>().Get(builder.Name ?? Options.DefaultName);
        return new GraphQLServer(builder.BuildExecutor(services, options), Options.Create(options),
            services.GetServices<IGraphQLHttpRequestInterceptor>());
    }
}
