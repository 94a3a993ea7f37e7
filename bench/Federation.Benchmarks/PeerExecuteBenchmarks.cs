using BenchmarkDotNet.Attributes;
using Federation.Benchmarks.GraphQLNet;
using Federation.GraphQL.Execution;

namespace Federation.Benchmarks;

/// <summary>
/// Executing the cached products query (1,000 products as CLR objects, read by each engine's default resolver) and
/// writing the JSON response into a reused buffer: Federation (baseline) beside GraphQL.NET 8.8.5 in one run. The
/// setup checks that both write the same bytes.
/// </summary>
[MemoryDiagnoser]
public class PeerExecuteBenchmarks
{
    private readonly JsonOutput _output = new(256 * 1024);
    private readonly MemoryStream _netOutput = new(256 * 1024);
    private readonly ExecutionRequest _request = BenchmarkSchemas.Request(BenchmarkInputs.ProductsQuery);
    private RequestExecutor _executor = null!;
    private global::GraphQL.Types.ISchema _netSchema = null!;
    private GraphQLParser.AST.GraphQLDocument _netDocument = null!;
    private ProductsRoot _netRoot = null!;
    private readonly global::GraphQL.DocumentExecuter _netExecuter = new();

    [GlobalSetup]
    public void Setup()
    {
        _executor = BenchmarkSchemas.Products(dictionaries: false);
        BenchmarkSchemas.RequireNoErrors(_executor, _request, "products (CLR objects)");
        _netSchema = GraphQLNetEngine.ProductsSchema();
        _netRoot = new ProductsRoot(ProductsData.Objects());
        _netDocument = GraphQLNetEngine.Parse(BenchmarkInputs.ProductsQuery);
        GraphQLNetEngine.RequireValidAsync(_netSchema, BenchmarkInputs.ProductsQuery, "products query").GetAwaiter().GetResult();

        // The same work: both engines must write the same response bytes.
        var federation = BenchmarkSchemas.ToJson(BenchmarkSchemas.Execute(_executor, _request));
        var length = GraphQLNet_Products_Json().GetAwaiter().GetResult();
        var graphQLNet = _netOutput.GetBuffer().AsSpan(0, length);
        if (!graphQLNet.SequenceEqual(federation))
        {
            throw new InvalidOperationException($"GraphQL.NET's products response differs from Federation's ({length:N0} vs {federation.Length:N0} bytes)");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _output.Dispose();
        _netOutput.Dispose();
    }

    [Benchmark(Baseline = true)]
    public int Federation_Products_Json() => _output.Write(BenchmarkSchemas.Execute(_executor, _request));

    [Benchmark]
    public async Task<int> GraphQLNet_Products_Json()
    {
        var result = await _netExecuter.ExecuteAsync(GraphQLNetEngine.CachedDocument(_netSchema, _netDocument, _netRoot));
        _netOutput.SetLength(0);
        await GraphQLNetEngine.Serializer.WriteAsync(_netOutput, result);
        return (int)_netOutput.Length;
    }
}
