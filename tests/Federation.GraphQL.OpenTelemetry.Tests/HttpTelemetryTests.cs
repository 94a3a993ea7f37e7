using System.Diagnostics;
using Federation.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.GraphQL.OpenTelemetry.Tests;

/// <summary>AddOpenTelemetry() on a real Kestrel server: trace context from HTTP, and the Prometheus endpoint.</summary>
public sealed class HttpTelemetryTests
{
    [Fact]
    public async Task The_traceparent_of_the_HTTP_request_is_the_ancestor_of_the_GraphQL_span()
    {
        await using var server = await TelemetryTestServer.StartAsync();
        var traceId = ActivityTraceId.CreateRandom();
        var callerSpan = ActivitySpanId.CreateRandom();

        var body = await server.PostWithTraceparentAsync("query Greet { hello }", $"00-{traceId}-{callerSpan}-01");

        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", body);
        var graphql = await server.WaitForSpanAsync(s => s.Source.Name == Telemetry.GraphQLTelemetry.Name && s.Kind == ActivityKind.Server);
        var http = await server.WaitForSpanAsync(s => s.Source.Name == "Microsoft.AspNetCore");
        Assert.Equal(traceId, http.TraceId);
        Assert.Equal(callerSpan, http.ParentSpanId);
        Assert.Equal(traceId, graphql.TraceId);
        Assert.Equal(http.SpanId, graphql.ParentSpanId);
        Assert.Equal("query", graphql.DisplayName);
        Assert.Equal("Greet", graphql.GetTagItem("graphql.operation.name"));
    }

    [Fact]
    public async Task Span_options_reach_the_servers_executor()
    {
        await using var server = await TelemetryTestServer.StartAsync(o => o.Spans.ResolverSpans = true);

        await server.PostAsync("{ hello }");

        var resolver = await server.WaitForSpanAsync(s => s.DisplayName == "Query.hello");
        var execute = await server.WaitForSpanAsync(s => s.DisplayName == "graphql.execute");
        Assert.Equal(execute.SpanId, resolver.ParentSpanId);
    }

    [Fact]
    public async Task Metrics_answers_Prometheus_text_with_the_engines_metrics_when_enabled()
    {
        await using var server = await TelemetryTestServer.StartAsync(o => o.Prometheus = true);
        await server.PostAsync("{ hello }");
        await server.PostAsync("{ hello }");

        using var response = await server.Client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("# TYPE graphql_server_request_duration_seconds histogram", text, StringComparison.Ordinal);
        Assert.Contains("graphql_server_request_duration_seconds_count{", text, StringComparison.Ordinal);
        Assert.Contains("graphql_operation_type=\"query\"", text, StringComparison.Ordinal);
        Assert.Contains("graphql_server_document_cache_hits", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal); // ASP.NET Core instrumentation
    }

    [Fact]
    public async Task Metrics_is_not_served_unless_enabled()
    {
        await using var server = await TelemetryTestServer.StartAsync();

        using var response = await server.Client.GetAsync("/metrics");

        Assert.Equal(404, (int)response.StatusCode);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddGraphQL().AddDocumentFromString("type Query { a: Int }").AddOpenTelemetry();
        await using var app = builder.Build();
        var error = Assert.Throws<InvalidOperationException>(() => app.MapGraphQLMetrics());
        Assert.Contains("o.Prometheus = true", error.Message, StringComparison.Ordinal);
    }
}
