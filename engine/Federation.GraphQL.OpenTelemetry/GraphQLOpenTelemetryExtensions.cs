using Federation.GraphQL.AspNetCore;
using Federation.GraphQL.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Federation.GraphQL.OpenTelemetry;

public static class GraphQLOpenTelemetryExtensions
{
    /// <summary>
    /// Turns on OpenTelemetry for the application and this GraphQL server: the engine's spans and metrics
    /// (<see cref="GraphQLTelemetry.Name"/>) with ASP.NET Core, HttpClient, runtime and StackExchange.Redis
    /// instrumentation (the <c>IConnectionMultiplexer</c> registered in the services, when there is one), exported over
    /// OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set and to Prometheus when enabled.
    /// </summary>
    public static GraphQLServerBuilder AddOpenTelemetry(this GraphQLServerBuilder builder, Action<GraphQLOpenTelemetryOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new GraphQLOpenTelemetryOptions();
        configure?.Invoke(options);
        builder.ModifyOptions(o => o.Executor.Telemetry = options.Spans);
        var services = builder.Services;
        // One provider per application: a second GraphQL server only takes its span options.
        if (services.Any(d => d.ServiceType == typeof(GraphQLOpenTelemetryOptions))) return builder;
        services.AddSingleton(options);

        var telemetry = services.AddOpenTelemetry();
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("OTEL_SERVICE_NAME")))
            telemetry.ConfigureResource(resource => resource.AddService(options.ServiceName));
        telemetry.WithTracing(tracing =>
        {
            tracing.AddSource(GraphQLTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRedisInstrumentation();
            options.ConfigureTracing?.Invoke(tracing);
        });
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter(GraphQLTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation();
            if (options.Prometheus) metrics.AddPrometheusExporter();
            options.ConfigureMetrics?.Invoke(metrics);
        });
        // Reads OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_PROTOCOL and the other standard variables.
        if (options.UseOtlp) telemetry.UseOtlpExporter();
        return builder;
    }

    /// <summary>Serves the Prometheus scraping endpoint enabled with <see cref="GraphQLOpenTelemetryOptions.Prometheus"/>.</summary>
    public static IEndpointConventionBuilder MapGraphQLMetrics(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetService<GraphQLOpenTelemetryOptions>();
        if (options is not { Prometheus: true })
            throw new InvalidOperationException("MapGraphQLMetrics() needs AddGraphQL().AddOpenTelemetry(o => o.Prometheus = true) first.");
        return endpoints.MapPrometheusScrapingEndpoint(options.PrometheusPath);
    }
}
