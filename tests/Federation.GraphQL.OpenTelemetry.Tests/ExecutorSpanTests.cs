using System.Diagnostics;
using Federation.GraphQL.Execution;
using OpenTelemetry.Trace;

namespace Federation.GraphQL.OpenTelemetry.Tests;

/// <summary>The engine's spans as an OpenTelemetry SDK exports them (semantic conventions, GraphQL server spans).</summary>
public sealed class ExecutorSpanTests
{
    [Fact]
    public async Task A_query_is_one_server_span_with_parse_validate_and_execute_under_it()
    {
        using var capture = new TelemetryCapture();
        var executor = TestSchema.Executor();

        var result = await executor.ExecuteAsync(new ExecutionRequest("query Greet { hello product { name } }"));

        Assert.Equal("""{"data":{"hello":"Hello, world!","product":{"name":"Table"}}}""", result.ToJson());
        var request = capture.Single("query");
        Assert.Equal(ActivityKind.Server, request.Kind);
        Assert.Equal("query", request.GetTagItem("graphql.operation.type"));
        Assert.Equal("Greet", request.GetTagItem("graphql.operation.name"));
        Assert.Null(request.GetTagItem("graphql.document"));
        Assert.Equal(ActivityStatusCode.Unset, request.Status);
        foreach (var phase in new[] { "graphql.parse", "graphql.validate", "graphql.execute" })
        {
            var span = capture.Single(phase);
            Assert.Equal(request.SpanId, span.ParentSpanId);
            Assert.Equal(request.TraceId, span.TraceId);
            Assert.Equal(ActivityKind.Internal, span.Kind);
        }
        Assert.Equal(4, capture.Spans.Count); // no resolver spans unless asked for
    }

    [Fact]
    public async Task A_cached_document_is_not_parsed_or_validated_again()
    {
        var executor = TestSchema.Executor();
        await executor.ExecuteAsync(new ExecutionRequest("{ hello }"));
        using var capture = new TelemetryCapture();

        await executor.ExecuteAsync(new ExecutionRequest("{ hello }"));

        Assert.Equal(["graphql.execute", "query"], capture.Spans.Select(s => s.DisplayName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Resolver_spans_are_children_of_the_execute_span_when_enabled()
    {
        using var capture = new TelemetryCapture();
        var executor = TestSchema.Executor(o => o.Telemetry.ResolverSpans = true);

        await executor.ExecuteAsync(new ExecutionRequest("{ hello later product { name } }"));

        var execute = capture.Single("graphql.execute");
        foreach (var (name, path) in new[] { ("Query.hello", "hello"), ("Query.later", "later"), ("Query.product", "product"), ("Product.name", "product.name") })
        {
            var span = capture.Single(name);
            Assert.Equal(execute.SpanId, span.ParentSpanId);
            Assert.Equal(path, span.GetTagItem("graphql.field.path"));
            Assert.True(span.Duration > TimeSpan.Zero);
        }
    }

    [Fact]
    public async Task Resolver_spans_wrap_the_requests_own_field_tracer()
    {
        using var capture = new TelemetryCapture();
        var executor = TestSchema.Executor(o => o.Telemetry.ResolverSpans = true);
        var tracer = new CountingTracer();

        await executor.ExecuteAsync(new ExecutionRequest { Query = "{ hello later }", FieldTracer = tracer });

        Assert.Equal(2, tracer.Started);
        Assert.Equal(2, tracer.Ended);
        Assert.Equal(2, capture.Spans.Count(s => s.DisplayName.StartsWith("Query.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_document_and_the_operation_name_in_the_span_name_are_options()
    {
        using var capture = new TelemetryCapture();
        var executor = TestSchema.Executor(o =>
        {
            o.Telemetry.IncludeDocument = true;
            o.Telemetry.OperationNameInSpanName = true;
        });
        const string document = "query Greet($name: String) { hello(name: $name) }";

        await executor.ExecuteAsync(new ExecutionRequest(document, new Dictionary<string, object?> { ["name"] = "otel" }));

        var request = capture.Single("query Greet");
        Assert.Equal(document, request.GetTagItem("graphql.document"));
    }

    [Fact]
    public async Task A_field_error_sets_the_request_span_status_to_error_with_an_exception_event()
    {
        using var capture = new TelemetryCapture();
        var executor = TestSchema.Executor();

        var result = await executor.ExecuteAsync(new ExecutionRequest("{ hello fail }"));

        Assert.Single(result.Errors!);
        var request = capture.Single("query");
        Assert.Equal(ActivityStatusCode.Error, request.Status);
        Assert.Equal("boom", request.StatusDescription);
        Assert.Equal(typeof(InvalidOperationException).FullName, request.GetTagItem("error.type"));
        var exception = Assert.Single(request.Events, e => e.Name == "exception");
        Assert.Contains(exception.Tags, t => t.Key == "exception.message" && (string?)t.Value == "boom");
        Assert.Contains(exception.Tags, t => t.Key == "graphql.error.path" && (string?)t.Value == "fail");
    }

    [Fact]
    public async Task A_validation_error_fails_the_validate_span_and_nothing_is_executed()
    {
        using var capture = new TelemetryCapture();
        var executor = TestSchema.Executor();

        var result = await executor.ExecuteAsync(new ExecutionRequest("{ nope }"));

        Assert.False(result.HasData);
        var request = capture.Single("GraphQL Operation"); // no operation was selected
        Assert.Equal(ActivityStatusCode.Error, request.Status);
        var validate = capture.Single("graphql.validate");
        Assert.Equal(ActivityStatusCode.Error, validate.Status);
        var error = Assert.Single(validate.Events);
        Assert.Equal("graphql.error", error.Name);
        Assert.DoesNotContain(capture.Spans, s => s.DisplayName == "graphql.execute");
    }

    [Fact]
    public async Task A_syntax_error_fails_the_parse_span()
    {
        using var capture = new TelemetryCapture();
        var executor = TestSchema.Executor();

        await executor.ExecuteAsync(new ExecutionRequest("{ hello "));

        Assert.Equal(ActivityStatusCode.Error, capture.Single("graphql.parse").Status);
        Assert.Equal(ActivityStatusCode.Error, capture.Single("GraphQL Operation").Status);
        Assert.DoesNotContain(capture.Spans, s => s.DisplayName == "graphql.validate");
    }

    [Fact]
    public async Task A_subscription_has_a_span_for_creating_its_stream()
    {
        using var capture = new TelemetryCapture();
        var schema = new Types.SchemaBuilder().AddDocument(TestSchema.Sdl)
            .AddSubscriber("Subscription", "ticks", _ => new(Ticks()))
            .Build();
        var executor = new RequestExecutor(schema);

        var subscription = await executor.SubscribeAsync(new ExecutionRequest("subscription Clock { ticks }"));

        Assert.True(subscription.IsStream);
        var request = capture.Single("subscription");
        Assert.Equal("Clock", request.GetTagItem("graphql.operation.name"));
        Assert.Equal(ActivityStatusCode.Unset, request.Status);
    }

    [Fact]
    public async Task With_sampling_off_nothing_is_recorded_and_results_are_unchanged()
    {
        using var capture = new TelemetryCapture(new AlwaysOffSampler());
        var executor = TestSchema.Executor(o => o.Telemetry.ResolverSpans = true);

        var result = await executor.ExecuteAsync(new ExecutionRequest("{ hello later }"));

        Assert.Equal("""{"data":{"hello":"Hello, world!","later":"done"}}""", result.ToJson());
        Assert.Empty(capture.Spans);
    }

    private static async IAsyncEnumerable<object?> Ticks()
    {
        await Task.Yield();
        yield return 1;
    }

    private sealed class CountingTracer : IFieldTracer
    {
        public int Started;
        public int Ended;

        public object? ResolverStarting(Execution.Path path, Types.ObjectType parentType, Types.Field field)
        {
            Interlocked.Increment(ref Started);
            return path;
        }

        public void ResolverEnded(object? state)
        {
            Assert.IsType<Execution.Path>(state);
            Interlocked.Increment(ref Ended);
        }
    }
}
