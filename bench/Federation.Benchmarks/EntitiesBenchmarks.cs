using System.Buffers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Federation.GraphQL.AspNetCore;
using Federation.GraphQL.AspNetCore.Http;
using Federation.GraphQL.Execution;
using Federation.Bench.Subgraphs;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Benchmarks;

/// <summary>
/// The request of bench/entities in process: <c>_entities</c> with 100 Product representations (upc, price, weight) on
/// the inventory subgraph of bench/Subgraphs, from the body bytes (decoded as the HTTP handler does) through execution
/// to the JSON response; the steps apart to see where the time and the allocations go.
/// </summary>
[MemoryDiagnoser]
public class EntitiesBenchmarks
{
    private const string Query = "query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on Product { upc inStock shippingEstimate } } }";

    private readonly JsonOutput _output = new(64 * 1024);
    private ReadOnlySequence<byte> _body;
    private IRequestExecutor _executor = null!;
    private ServiceProvider _services = null!;
    private ExecutionRequest _decoded = null!;

    [Params(100)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _body = new ReadOnlySequence<byte>(Body(Count));
        var services = new ServiceCollection();
        Inventory.Add(services);
        _services = services.BuildServiceProvider();
        _executor = _services.GetRequiredKeyedService<GraphQLServer>("inventory").Executor;
        _decoded = Decode();
        var result = Execute(_decoded);
        if (result.Errors is { Count: > 0 } errors) throw new InvalidOperationException(string.Join("; ", errors.Select(e => e.Message)));
        var json = Encoding.UTF8.GetString(BenchmarkSchemas.ToJson(result));
        if (!json.Contains("\"upc\":\"9\",\"inStock\":true,\"shippingEstimate\":null")) throw new InvalidOperationException($"Unexpected answer: {json}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _output.Dispose();
        _services.Dispose();
    }

    /// <summary>Body bytes to the execution request (JsonRequestReader, as GraphQLHttpHandler calls it).</summary>
    [Benchmark]
    public ExecutionRequest DecodeBody() => Decode();

    /// <summary>Executing the decoded request (variables coercion, _entities, completion), no JSON.</summary>
    [Benchmark]
    public ExecutionResult ExecuteDecoded() => Execute(_decoded);

    /// <summary>The whole request: body bytes, decode, execute, JSON response.</summary>
    [Benchmark(Baseline = true)]
    public int Whole() => _output.Write(Execute(Decode()));

    private ExecutionRequest Decode()
    {
        if (!JsonRequestReader.TryReadBody(_body, allowBatch: false, maxBatchSize: 1, out var single, out _, out var rejection))
            throw new InvalidOperationException(rejection.Message);
        return single!.ToExecutionRequest(null, _services, null);
    }

    private ExecutionResult Execute(ExecutionRequest request) => BenchmarkSchemas.Execute(_executor, request);

    /// <summary>The same body as bench/entities/body.mjs writes.</summary>
    internal static byte[] Body(int count)
    {
        (string Upc, int Price, int Weight)[] products = [("1", 899, 100), ("2", 1299, 1000), ("3", 15, 20), ("4", 499, 100),
            ("5", 1299, 1000), ("6", 6999, 300), ("7", 3999, 2000), ("8", 100000, 6000), ("9", 9999, 800)];
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("query", Query);
            writer.WriteStartObject("variables");
            writer.WriteStartArray("representations");
            for (var i = 0; i < count; i++)
            {
                var (upc, price, weight) = products[i % products.Length];
                writer.WriteStartObject();
                writer.WriteString("__typename", "Product");
                writer.WriteString("upc", upc);
                writer.WriteNumber("price", price);
                writer.WriteNumber("weight", weight);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
