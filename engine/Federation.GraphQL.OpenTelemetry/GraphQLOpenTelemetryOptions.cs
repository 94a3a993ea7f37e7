using Federation.GraphQL.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Federation.GraphQL.OpenTelemetry;

/// <summary>Options of <see cref="GraphQLOpenTelemetryExtensions.AddOpenTelemetry"/>.</summary>
public sealed class GraphQLOpenTelemetryOptions
{
    /// <summary>The <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> environment variable: when set, traces and metrics go to it over OTLP.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The resource's <c>service.name</c> (the <c>OTEL_SERVICE_NAME</c> environment variable wins when set).</summary>
    public string ServiceName { get; set; } = "federation-graphql";

    /// <summary>What the engine's spans carry: resolver spans, the document, the operation name in the span name.</summary>
    public GraphQLTelemetryOptions Spans { get; set; } = new();

    /// <summary>Serves metrics in the Prometheus text format; map the endpoint with <c>app.MapGraphQLMetrics()</c>.</summary>
    public bool Prometheus { get; set; }

    /// <summary>Where <c>app.MapGraphQLMetrics()</c> serves Prometheus metrics.</summary>
    public string PrometheusPath { get; set; } = "/metrics";

    /// <summary>Exports over OTLP; null (the default) exports when <see cref="OtlpEndpointVariable"/> is set.</summary>
    public bool? Otlp { get; set; }

    /// <summary>More tracing configuration (other sources, exporters).</summary>
    public Action<TracerProviderBuilder>? ConfigureTracing { get; set; }

    /// <summary>More metrics configuration (other meters, exporters).</summary>
    public Action<MeterProviderBuilder>? ConfigureMetrics { get; set; }

    internal bool UseOtlp => Otlp ?? !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(OtlpEndpointVariable));
}
