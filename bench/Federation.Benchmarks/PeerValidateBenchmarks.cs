using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Federation.Benchmarks.GraphQLNet;
using Federation.GraphQL;
using Federation.GraphQL.Introspection;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;
using Federation.GraphQL.Validation;

namespace Federation.Benchmarks;

/// <summary>
/// Parse + validate against the kitchen-sink schema, Federation (baseline) beside GraphQL.NET 8.8.5, in one run:
/// the ratio column is GraphQL.NET's time over Federation's. Both documents must be valid on both sides (checked in
/// the setup). GraphQL.NET's validator also coerces the first operation's variables and parses field arguments.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PeerValidateBenchmarks
{
    private readonly Schema _schema = SchemaBuilder.FromSdl(BenchmarkInputs.KitchenSinkSchema);
    // GraphQL.NET's parser rejects the braced escape \u{1F600} (spec 2.9.4, since the October 2021 edition): both
    // sides get the same document with the same character written as the escaped surrogate pair \uD83D\uDE00.
    private readonly string _kitchenSink = BenchmarkInputs.KitchenSinkQuery.Replace("\\u{1F600}", "\\uD83D\\uDE00", StringComparison.Ordinal);
    // GraphQL.NET 8 has no __Type.specifiedByURL nor __Directive.args(includeDeprecated:) (spec 4.2): both sides
    // validate graphql-js's introspection query with every option but those two (specifiedByUrl, inputValueDeprecation).
    private readonly string _introspection = IntrospectionQuery.Create(IntrospectionQueryOptions.All with { SpecifiedByUrl = false, InputValueDeprecation = false });
    private readonly global::GraphQL.Validation.DocumentValidator _netValidator = new();
    private global::GraphQL.Types.ISchema _netSchema = null!;

    [GlobalSetup]
    public void Setup()
    {
        if (_kitchenSink == BenchmarkInputs.KitchenSinkQuery) throw new InvalidOperationException("the kitchen-sink query no longer has \\u{1F600}");
        _netSchema = GraphQLNetEngine.KitchenSinkSchema();
        foreach (var (text, name) in new[] { (_kitchenSink, "kitchen-sink query"), (_introspection, "introspection query") })
        {
            var errors = DocumentValidator.Validate(_schema, Parser.Parse(text));
            if (errors.Count > 0) throw new InvalidOperationException($"Federation: the {name} is not valid: {errors[0].Message}");
            GraphQLNetEngine.RequireValidAsync(_netSchema, text, name).GetAwaiter().GetResult();
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("KitchenSink")]
    public IReadOnlyList<GraphQLError> Federation_KitchenSink() => DocumentValidator.Validate(_schema, Parser.Parse(_kitchenSink));

    [Benchmark, BenchmarkCategory("KitchenSink")]
    public async Task<bool> GraphQLNet_KitchenSink()
        => (await GraphQLNetEngine.ValidateAsync(_netValidator, _netSchema, GraphQLNetEngine.Parse(_kitchenSink))).IsValid;

    [Benchmark(Baseline = true), BenchmarkCategory("Introspection")]
    public IReadOnlyList<GraphQLError> Federation_Introspection() => DocumentValidator.Validate(_schema, Parser.Parse(_introspection));

    [Benchmark, BenchmarkCategory("Introspection")]
    public async Task<bool> GraphQLNet_Introspection()
        => (await GraphQLNetEngine.ValidateAsync(_netValidator, _netSchema, GraphQLNetEngine.Parse(_introspection))).IsValid;
}
