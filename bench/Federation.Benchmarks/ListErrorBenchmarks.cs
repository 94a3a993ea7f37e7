using BenchmarkDotNet.Attributes;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;

namespace Federation.Benchmarks;

/// <summary>
/// Field errors raised by completion, not by resolvers: <c>items</c> answers 1,000 list entries and every entry fails
/// completion (null for <c>Int!</c>, or a string for <c>Int</c>), so the response holds 1,000 errors.
/// </summary>
[MemoryDiagnoser]
public class ListErrorBenchmarks
{
    private const string Sdl = "type Query { nonNull: [Int!] items: [Item] } type Item { id: Int! }";

    private RequestExecutor _executor = null!;
    private readonly ExecutionRequest _nonNull = BenchmarkSchemas.Request("{ nonNull }");
    private readonly ExecutionRequest _nested = BenchmarkSchemas.Request("{ items { id } }");

    [GlobalSetup]
    public void Setup()
    {
        var nulls = new ValueTask<object?>(new object?[1000]);
        var items = new ValueTask<object?>(Enumerable.Range(0, 1000).Select(_ => new Dictionary<string, object?> { ["id"] = null }).ToArray());
        _executor = new RequestExecutor(new SchemaBuilder()
            .AddDocument(Sdl)
            .AddResolver("Query", "nonNull", _ => nulls)
            .AddResolver("Query", "items", _ => items)
            .Build());
        Require(_nonNull, 1);
        Require(_nested, 1000);
    }

    /// <summary>[Int!] with 1,000 nulls: the first null nulls the list (one error, the rest are not completed or are skipped).</summary>
    [Benchmark]
    public ExecutionResult NonNullItems() => BenchmarkSchemas.Execute(_executor, _nonNull);

    /// <summary>[Item] with 1,000 items whose id (Int!) is null: 1,000 errors, each item nulled.</summary>
    [Benchmark(Baseline = true)]
    public ExecutionResult NullItemFields() => BenchmarkSchemas.Execute(_executor, _nested);

    private void Require(ExecutionRequest request, int errors)
    {
        var result = BenchmarkSchemas.Execute(_executor, request);
        if (result.Errors?.Count != errors) throw new InvalidOperationException($"Expected {errors} errors, got {result.Errors?.Count ?? 0}.");
    }
}
