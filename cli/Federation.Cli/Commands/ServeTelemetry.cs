using Federation.GraphQL.AspNetCore;
using Federation.GraphQL.OpenTelemetry;
using Microsoft.AspNetCore.Builder;

namespace Federation.Cli.Commands;

/// <summary>
/// <c>fed serve</c>'s OpenTelemetry (docs/telemetry.md): on with <c>--metrics</c> (Prometheus text at /metrics),
/// <c>--trace-resolvers</c> (a span per resolver) or the <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> environment variable (OTLP export).
/// </summary>
internal sealed record ServeTelemetry(bool Metrics, bool ResolverSpans)
{
    public const string ServiceName = "fed-serve";

    /// <summary>Null when nothing asks for telemetry: the server then runs without OpenTelemetry.</summary>
    public static ServeTelemetry? From(CommandArguments arguments)
    {
        var metrics = arguments.Flag("--metrics");
        var resolvers = arguments.Flag("--trace-resolvers");
        var otlp = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(GraphQLOpenTelemetryOptions.OtlpEndpointVariable));
        return metrics || resolvers || otlp ? new ServeTelemetry(metrics, resolvers) : null;
    }

    public void AddTo(GraphQLServerBuilder graphql) => graphql.AddOpenTelemetry(o =>
    {
        o.ServiceName = ServiceName;
        o.Prometheus = Metrics;
        o.Spans.ResolverSpans = ResolverSpans;
    });

    public void MapTo(WebApplication app)
    {
        if (Metrics) app.MapGraphQLMetrics();
    }
}
