using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Telemetry;
using Federation.GraphQL.Types;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Federation.Benchmarks;

/// <summary>
/// The cost of the engine's telemetry per request (a cached document): nobody listening (the executor's plain path),
/// an OpenTelemetry tracer provider on the engine's source with sampling off, and tracing and metrics recorded (spans
/// and metric points built, handed to exporters that drop them). Each case sets up its own listeners and disposes them
/// after it (GlobalCleanup), so the cases can also run in one process (<c>--inProcess</c>).
/// </summary>
[MemoryDiagnoser]
public class TelemetryBenchmarks
{
    private RequestExecutor _executor = null!;
    private ExecutionRequest _request = null!;
    private TracerProvider? _tracing;
    private MeterProvider? _metrics;

    /// <summary><c>hello</c>: <c>{ hello }</c>; <c>products</c>: the 1,000 products of ExecuteBenchmarks.</summary>
    [Params("hello", "products")]
    public string Request { get; set; } = "hello";

    [GlobalSetup(Target = nameof(NoListener))]
    public void SetupNoListener() => Setup();

    [GlobalSetup(Target = nameof(ListenerSamplingOff))]
    public void SetupSamplingOff()
    {
        _tracing = Sdk.CreateTracerProviderBuilder().AddSource(GraphQLTelemetry.Name).SetSampler(new AlwaysOffSampler()).Build();
        Setup();
    }

    [GlobalSetup(Target = nameof(ListenerRecording))]
    public void SetupRecording()
    {
        _tracing = Sdk.CreateTracerProviderBuilder().AddSource(GraphQLTelemetry.Name).SetSampler(new AlwaysOnSampler())
            .AddProcessor(new SimpleActivityExportProcessor(new DroppedSpans())).Build();
        _metrics = Sdk.CreateMeterProviderBuilder().AddMeter(GraphQLTelemetry.Name)
            .AddReader(new PeriodicExportingMetricReader(new DroppedMetrics(), exportIntervalMilliseconds: 1000)).Build();
        Setup();
    }

    private void Setup()
    {
        if (Request == "hello")
        {
            var schema = SchemaBuilder.FromSdl("type Query { hello: String }");
            var hello = new ValueTask<object?>("world");
            schema.QueryType!.GetField("hello")!.Resolver = _ => hello;
            _executor = new RequestExecutor(schema);
            _request = BenchmarkSchemas.Request("{ hello }");
        }
        else
        {
            _executor = BenchmarkSchemas.Products(dictionaries: false);
            _request = BenchmarkSchemas.Request(BenchmarkInputs.ProductsQuery);
        }
        BenchmarkSchemas.RequireNoErrors(_executor, _request, Request); // fills the document cache
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _tracing?.Dispose();
        _metrics?.Dispose();
    }

    [Benchmark(Baseline = true)]
    public ExecutionResult NoListener() => BenchmarkSchemas.Execute(_executor, _request);

    [Benchmark]
    public ExecutionResult ListenerSamplingOff() => BenchmarkSchemas.Execute(_executor, _request);

    [Benchmark]
    public ExecutionResult ListenerRecording() => BenchmarkSchemas.Execute(_executor, _request);

    private sealed class DroppedSpans : BaseExporter<Activity>
    {
        public override ExportResult Export(in Batch<Activity> batch) => ExportResult.Success;
    }

    private sealed class DroppedMetrics : BaseExporter<Metric>
    {
        public override ExportResult Export(in Batch<Metric> batch) => ExportResult.Success;
    }
}
