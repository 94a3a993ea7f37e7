using BenchmarkDotNet.Attributes;
using Federation.GraphQL.Execution;

namespace Federation.Benchmarks;

/// <summary>
/// Executing a cached document (the executor's document cache holds the parsed, validated query after the first
/// request) that returns 1,000 products with 5 scalars and a nested vendor each, with and without writing the JSON
/// response into a reused buffer.
/// </summary>
[MemoryDiagnoser]
public class ExecuteBenchmarks
{
    private readonly JsonOutput _output = new(256 * 1024);
    private readonly ExecutionRequest _request = BenchmarkSchemas.Request(BenchmarkInputs.ProductsQuery);
    private RequestExecutor _objects = null!;
    private RequestExecutor _dictionaries = null!;

    [GlobalSetup]
    public void Setup()
    {
        _objects = BenchmarkSchemas.Products(dictionaries: false);
        _dictionaries = BenchmarkSchemas.Products(dictionaries: true);
        // Also fills the document cache, so the measured runs execute a cached document.
        BenchmarkSchemas.RequireNoErrors(_objects, _request, "products (CLR objects)");
        BenchmarkSchemas.RequireNoErrors(_dictionaries, _request, "products (dictionaries)");
    }

    [GlobalCleanup]
    public void Cleanup() => _output.Dispose();

    [Benchmark]
    public int Products_Objects_Json() => _output.Write(BenchmarkSchemas.Execute(_objects, _request));

    [Benchmark]
    public ExecutionResult Products_Objects_NoSerialization() => BenchmarkSchemas.Execute(_objects, _request);

    [Benchmark]
    public int Products_Dictionaries_Json() => _output.Write(BenchmarkSchemas.Execute(_dictionaries, _request));

    [Benchmark]
    public ExecutionResult Products_Dictionaries_NoSerialization() => BenchmarkSchemas.Execute(_dictionaries, _request);
}
