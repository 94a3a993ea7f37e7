using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Federation.Benchmarks.GraphQLNet;

/// <summary>
/// GraphQL.NET 8.8.5 doing the benchmarks' work with its own public API, as its users call it: schemas from the same
/// SDL (<c>Schema.For</c>), <c>GraphQLParser</c>'s parser, <c>DocumentValidator</c> with its core rules,
/// <c>DocumentExecuter</c> and GraphQL.SystemTextJson's serializer.
/// </summary>
public static class GraphQLNetEngine
{
    /// <summary>
    /// The kitchen-sink schema. GraphQL.NET refuses a schema whose unions and interfaces cannot resolve their runtime
    /// type and its subscription fields without a source stream; only validation runs against it, so each gets a
    /// resolver that is never called. Its custom scalars are
    /// registered by hand (see <see cref="PassThroughScalar"/>).
    /// </summary>
    public static ISchema KitchenSinkSchema()
    {
        var sdl = BenchmarkInputs.KitchenSinkSchema;
        var definitions = GraphQLParser.Parser.Parse(sdl).Definitions;
        var abstractTypes = definitions
            .Select(d => d switch { GraphQLUnionTypeDefinition u => u.Name.StringValue, GraphQLInterfaceTypeDefinition i => i.Name.StringValue, _ => null })
            .OfType<string>().ToList();
        var schema = Schema.For(sdl, builder =>
        {
            foreach (var name in abstractTypes) builder.Types.For(name).ResolveType = _ => throw new NotSupportedException("validation only");
            // It also wants a source stream on each subscription field (Subscription is the root's name in schema.graphql).
            var subscription = definitions.OfType<GraphQLObjectTypeDefinition>().Single(d => d.Name.StringValue == "Subscription");
            foreach (var field in subscription.Fields!)
            {
                builder.Types.For("Subscription").FieldFor(field.Name.StringValue).StreamResolver =
                    new global::GraphQL.Resolvers.SourceStreamResolver<object>(NoStream);
            }
        });
        foreach (var scalar in definitions.OfType<GraphQLScalarTypeDefinition>()) schema.RegisterType(new PassThroughScalar(scalar.Name.StringValue));
        // The spec's __Directive.isRepeatable is opt-in ("experimental") in GraphQL.NET 8.
        schema.Features.RepeatableDirectives = true;
        return Initialized(schema);
    }

    /// <summary>The products schema; Query.products is read from <see cref="ProductsRoot"/> by GraphQL.NET's default (name) resolver.</summary>
    public static ISchema ProductsSchema() => Initialized(Schema.For(BenchmarkInputs.ProductsSchema));

    public static GraphQLDocument Parse(string text) => GraphQLParser.Parser.Parse(text);

    /// <summary>
    /// GraphQL.NET's validation step as <c>DocumentExecuter</c> runs it: the core rules over the whole document, then
    /// the selected (first) operation's variable values and field arguments, which its validator also computes.
    /// </summary>
    public static Task<IValidationResult> ValidateAsync(DocumentValidator validator, ISchema schema, GraphQLDocument document)
        => validator.ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = document.Definitions.OfType<GraphQLOperationDefinition>().First(),
            Rules = DocumentValidator.CoreRules,
            Variables = Inputs.Empty,
            Extensions = Inputs.Empty,
        });

    /// <summary>
    /// Options for a document that is already parsed and validated: what GraphQL.NET's own document cache
    /// (<c>MemoryDocumentCache</c>, package GraphQL.MemoryCache) sets on a hit, i.e. no validation rules.
    /// </summary>
    public static ExecutionOptions CachedDocument(ISchema schema, GraphQLDocument document, object? root) => new()
    {
        Schema = schema,
        Document = document,
        Root = root,
        ValidationRules = [],
    };

    public static GraphQLSerializer Serializer { get; } = new();

    public static async Task RequireValidAsync(ISchema schema, string text, string name)
    {
        var result = await ValidateAsync(new DocumentValidator(), schema, Parse(text));
        if (!result.IsValid)
        {
            throw new InvalidOperationException($"GraphQL.NET: the {name} is not valid: {string.Join("; ", result.Errors.Select(e => e.Message))}");
        }
    }

    private static IObservable<object?> NoStream(IResolveFieldContext context) => throw new NotSupportedException("validation only");

    private static ISchema Initialized(ISchema schema)
    {
        schema.Initialize();
        return schema;
    }
}

/// <summary>The root value of the products query for GraphQL.NET (its name resolver reads <c>Products</c>).</summary>
public sealed class ProductsRoot(IReadOnlyList<Product> products)
{
    public IReadOnlyList<Product> Products { get; } = products;
}
