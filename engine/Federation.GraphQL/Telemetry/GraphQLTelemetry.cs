using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Federation.GraphQL.Telemetry;

/// <summary>
/// The names of what the engine emits through System.Diagnostics: one <see cref="ActivitySource"/> and one
/// <see cref="Meter"/>, both named after the assembly. Subscribe to them with OpenTelemetry's <c>AddSource</c> and
/// <c>AddMeter</c> (or any <see cref="ActivityListener"/> / <see cref="MeterListener"/>); with no listener the executor
/// does no telemetry work.
/// </summary>
public static class GraphQLTelemetry
{
    /// <summary>The name of the engine's <see cref="ActivitySource"/> and <see cref="Meter"/>.</summary>
    public const string Name = "Federation.GraphQL";

    /// <summary>Histogram (seconds) of the time from receiving a request to its result, tagged with the operation type.</summary>
    public const string RequestDurationMetric = "graphql.server.request.duration";

    /// <summary>Counter of the GraphQL errors in responses, tagged with the operation type and whether they are request or field errors.</summary>
    public const string ErrorsMetric = "graphql.server.errors";

    /// <summary>Counter of documents answered from the parsed-and-validated document cache.</summary>
    public const string DocumentCacheHitsMetric = "graphql.server.document_cache.hits";

    /// <summary>Counter of documents parsed and validated because the cache did not hold them.</summary>
    public const string DocumentCacheMissesMetric = "graphql.server.document_cache.misses";

    private static readonly string? Version = typeof(GraphQLTelemetry).Assembly.GetName().Version?.ToString();

    internal static readonly ActivitySource Source = new(Name, Version);

    internal static readonly Meter Meter = new(Name, Version);

    internal static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(RequestDurationMetric, "s",
        "Duration of GraphQL requests: parse, validate and execute.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

    internal static readonly Counter<long> Errors = Meter.CreateCounter<long>(ErrorsMetric, "{error}", "GraphQL errors in responses.");

    internal static readonly Counter<long> DocumentCacheHits = Meter.CreateCounter<long>(DocumentCacheHitsMetric, "{document}",
        "Documents served from the document cache.");

    internal static readonly Counter<long> DocumentCacheMisses = Meter.CreateCounter<long>(DocumentCacheMissesMetric, "{document}",
        "Documents parsed and validated on a cache miss.");

    /// <summary>True when anyone listens: the executor then takes its instrumented path.</summary>
    internal static bool IsActive => Source.HasListeners() || RequestDuration.Enabled || Errors.Enabled;

    internal static void DocumentCacheHit()
    {
        if (DocumentCacheHits.Enabled) DocumentCacheHits.Add(1);
    }

    internal static void DocumentCacheMiss()
    {
        if (DocumentCacheMisses.Enabled) DocumentCacheMisses.Add(1);
    }
}
