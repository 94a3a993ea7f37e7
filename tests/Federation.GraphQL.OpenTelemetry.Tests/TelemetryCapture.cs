using System.Diagnostics;
using Federation.GraphQL.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Federation.GraphQL.OpenTelemetry.Tests;

/// <summary>An OpenTelemetry SDK tracer and meter provider on the engine's source and meter, exporting to memory.</summary>
public sealed class TelemetryCapture : IDisposable
{
    private readonly TracerProvider _tracer;
    private readonly MeterProvider _meter;
    private readonly List<Metric> _metrics = [];

    public TelemetryCapture(Sampler? sampler = null)
    {
        _tracer = Sdk.CreateTracerProviderBuilder()
            .AddSource(GraphQLTelemetry.Name)
            .SetSampler(sampler ?? new AlwaysOnSampler())
            .AddInMemoryExporter(Spans)
            .Build()!;
        _meter = Sdk.CreateMeterProviderBuilder()
            .AddMeter(GraphQLTelemetry.Name)
            .AddInMemoryExporter(_metrics)
            .Build()!;
    }

    public List<Activity> Spans { get; } = [];

    public Activity Single(string name) => Assert.Single(Spans, s => s.DisplayName == name);

    /// <summary>Collects the metrics now and returns the points of <paramref name="name"/>.</summary>
    public List<MetricPoint> Points(string name)
    {
        _metrics.Clear();
        _meter.ForceFlush();
        var points = new List<MetricPoint>();
        foreach (var metric in _metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints()) points.Add(point);
        }
        return points;
    }

    public static object? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key) return tag.Value;
        }
        return null;
    }

    public void Dispose()
    {
        _tracer.Dispose();
        _meter.Dispose();
    }
}
