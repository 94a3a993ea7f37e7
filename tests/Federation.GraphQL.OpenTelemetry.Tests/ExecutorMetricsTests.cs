using Federation.GraphQL.Execution;
using Federation.GraphQL.Telemetry;

namespace Federation.GraphQL.OpenTelemetry.Tests;

/// <summary>The engine's metrics as an OpenTelemetry SDK collects them.</summary>
public sealed class ExecutorMetricsTests
{
    [Fact]
    public async Task Request_duration_is_a_histogram_by_operation_type()
    {
        using var capture = new TelemetryCapture();
        var executor = TestSchema.Executor();

        for (var i = 0; i < 3; i++) await executor.ExecuteAsync(new ExecutionRequest("{ hello }"));
        await executor.ExecuteAsync(new ExecutionRequest("{ fail }"));

        var points = capture.Points(GraphQLTelemetry.RequestDurationMetric);
        var ok = Assert.Single(points, p => TelemetryCapture.Tag(p, "error.type") is null);
        Assert.Equal("query", TelemetryCapture.Tag(ok, "graphql.operation.type"));
        Assert.Equal(3, ok.GetHistogramCount());
        Assert.True(ok.GetHistogramSum() > 0);
        var failed = Assert.Single(points, p => TelemetryCapture.Tag(p, "error.type") is not null);
        Assert.Equal(1, failed.GetHistogramCount());
    }

    [Fact]
    public async Task Errors_are_counted_as_request_or_field_errors()
    {
        using var capture = new TelemetryCapture();
        var executor = TestSchema.Executor();

        await executor.ExecuteAsync(new ExecutionRequest("{ fail a: fail }"));
        await executor.ExecuteAsync(new ExecutionRequest("{ nope }"));
        await executor.ExecuteAsync(new ExecutionRequest("{ hello }"));

        var points = capture.Points(GraphQLTelemetry.ErrorsMetric);
        Assert.Equal(2, Assert.Single(points, p => (string?)TelemetryCapture.Tag(p, "graphql.error.kind") == "field").GetSumLong());
        Assert.Equal(1, Assert.Single(points, p => (string?)TelemetryCapture.Tag(p, "graphql.error.kind") == "request").GetSumLong());
    }

    [Fact]
    public async Task Documents_served_from_the_cache_are_counted()
    {
        using var capture = new TelemetryCapture();
        var executor = TestSchema.Executor();

        for (var i = 0; i < 4; i++) await executor.ExecuteAsync(new ExecutionRequest("{ hello product { id } }"));

        Assert.Equal(3, Assert.Single(capture.Points(GraphQLTelemetry.DocumentCacheHitsMetric)).GetSumLong());
        Assert.Equal(1, Assert.Single(capture.Points(GraphQLTelemetry.DocumentCacheMissesMetric)).GetSumLong());
    }
}
