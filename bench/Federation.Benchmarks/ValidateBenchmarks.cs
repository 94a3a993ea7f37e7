using BenchmarkDotNet.Attributes;
using Federation.GraphQL;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;
using Federation.GraphQL.Validation;

namespace Federation.Benchmarks;

/// <summary>Parsing then validating with every rule of spec section 5 against the kitchen-sink schema.</summary>
[MemoryDiagnoser]
public class ValidateBenchmarks
{
    private readonly Schema _schema = SchemaBuilder.FromSdl(BenchmarkInputs.KitchenSinkSchema);
    private readonly string _kitchenSink = BenchmarkInputs.KitchenSinkQuery;
    private readonly byte[] _kitchenSinkUtf8 = BenchmarkInputs.Utf8(BenchmarkInputs.KitchenSinkQuery);
    private readonly string _introspection = BenchmarkInputs.IntrospectionQuery;
    private DocumentNode _kitchenSinkDocument = null!;
    private DocumentNode _introspectionDocument = null!;

    [GlobalSetup]
    public void Setup()
    {
        _kitchenSinkDocument = Parser.Parse(_kitchenSink);
        _introspectionDocument = Parser.Parse(_introspection);
        // A benchmark of a document with errors would measure error reporting, not validation.
        Require(_kitchenSinkDocument, "kitchen-sink query");
        Require(_introspectionDocument, "introspection query");
    }

    [Benchmark]
    public IReadOnlyList<GraphQLError> ParseValidate_KitchenSink()
        => DocumentValidator.Validate(_schema, Parser.Parse(_kitchenSink));

    [Benchmark]
    public IReadOnlyList<GraphQLError> ParseValidate_KitchenSink_Utf8()
        => DocumentValidator.Validate(_schema, Parser.Parse(_kitchenSinkUtf8));

    [Benchmark]
    public IReadOnlyList<GraphQLError> ParseValidate_Introspection()
        => DocumentValidator.Validate(_schema, Parser.Parse(_introspection));

    /// <summary>Validation alone, to split the parse+validate time.</summary>
    [Benchmark]
    public IReadOnlyList<GraphQLError> Validate_KitchenSink() => DocumentValidator.Validate(_schema, _kitchenSinkDocument);

    [Benchmark]
    public IReadOnlyList<GraphQLError> Validate_Introspection() => DocumentValidator.Validate(_schema, _introspectionDocument);

    private void Require(DocumentNode document, string name)
    {
        var errors = DocumentValidator.Validate(_schema, document);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The {name} is not valid: {string.Join("; ", errors.Select(e => e.Message))}");
        }
    }
}
