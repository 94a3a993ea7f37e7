using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Federation.GraphQL.Execution;

namespace Federation.Benchmarks;

/// <summary>Executing graphql-js's full introspection query (cached document) over the kitchen-sink schema and writing the JSON.</summary>
[MemoryDiagnoser]
public class IntrospectionBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(128 * 1024);
    private readonly ExecutionRequest _request = BenchmarkSchemas.Request(BenchmarkInputs.IntrospectionQuery);
    private RequestExecutor _executor = null!;
    private Utf8JsonWriter _writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _executor = BenchmarkSchemas.KitchenSink();
        _writer = new Utf8JsonWriter(_buffer, ResultJsonWriter.Options);
        BenchmarkSchemas.RequireNoErrors(_executor, _request, "introspection");
    }

    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    [Benchmark]
    public int Introspection_Json()
    {
        var result = BenchmarkSchemas.Execute(_executor, _request);
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        result.WriteTo(_writer);
        _writer.Flush();
        return _buffer.WrittenCount;
    }
}
