using BenchmarkDotNet.Attributes;
using Federation.GraphQL.Language;

namespace Federation.Benchmarks;

/// <summary>Parsing a document to a syntax tree (with locations, as graphql-js does by default).</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private readonly string _kitchenSink = BenchmarkInputs.KitchenSinkQuery;
    private readonly byte[] _kitchenSinkUtf8 = BenchmarkInputs.Utf8(BenchmarkInputs.KitchenSinkQuery);
    private readonly string _introspection = BenchmarkInputs.IntrospectionQuery;
    private readonly byte[] _introspectionUtf8 = BenchmarkInputs.Utf8(BenchmarkInputs.IntrospectionQuery);

    [Benchmark]
    public DocumentNode KitchenSink_String() => Parser.Parse(_kitchenSink);

    [Benchmark]
    public DocumentNode KitchenSink_Utf8() => Parser.Parse(_kitchenSinkUtf8);

    [Benchmark]
    public DocumentNode Introspection_String() => Parser.Parse(_introspection);

    [Benchmark]
    public DocumentNode Introspection_Utf8() => Parser.Parse(_introspectionUtf8);
}
