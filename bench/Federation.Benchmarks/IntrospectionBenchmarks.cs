using BenchmarkDotNet.Attributes;
using Federation.GraphQL.Execution;

namespace Federation.Benchmarks;

/// <summary>Executing graphql-js's full introspection query (cached document) over the kitchen-sink schema and writing the JSON.</summary>
[MemoryDiagnoser]
public class IntrospectionBenchmarks
{
    private readonly JsonOutput _output = new(128 * 1024);
    private readonly ExecutionRequest _request = BenchmarkSchemas.Request(BenchmarkInputs.IntrospectionQuery);
    private RequestExecutor _executor = null!;

    [GlobalSetup]
    public void Setup()
    {
        _executor = BenchmarkSchemas.KitchenSink();
        BenchmarkSchemas.RequireNoErrors(_executor, _request, "introspection");
    }

    [GlobalCleanup]
    public void Cleanup() => _output.Dispose();

    [Benchmark]
    public int Introspection_Json() => _output.Write(BenchmarkSchemas.Execute(_executor, _request));
}
