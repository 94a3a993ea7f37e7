using Federation.GraphQL;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.Cli.Batch;

/// <summary>A schema built from SDL (with the JSON-root resolvers bound) or the errors that made it invalid.</summary>
public sealed class CatalogEntry
{
    private CatalogEntry(Schema? schema, IReadOnlyList<GraphQLError> errors)
    {
        Schema = schema;
        Errors = errors;
        Executor = schema is null ? null : new RequestExecutor(schema, new ExecutorOptions { ValidateDocuments = false });
    }

    public Schema? Schema { get; }
    public RequestExecutor? Executor { get; }
    public IReadOnlyList<GraphQLError> Errors { get; }
    public bool IsValid => Schema is not null;

    /// <summary>Builds the schema and binds the JSON-root resolvers (<paramref name="bind"/> replaces the default binding).</summary>
    public static CatalogEntry Build(string sdl, Func<SchemaBuilder, SchemaBuilder>? bind = null)
    {
        Schema schema;
        try
        {
            // Build runs the SDL rules and the schema validator (it throws SchemaException on errors).
            schema = (bind ?? JsonRootResolvers.Bind)(new SchemaBuilder().AddDocument(sdl)).Build();
        }
        catch (GraphQLSyntaxException e)
        {
            return new CatalogEntry(null, [new GraphQLError(e.Message, [new ErrorLocation(e.Line, e.Column)])]);
        }
        catch (GraphQLException e)
        {
            return new CatalogEntry(null, e.Errors);
        }
        return new CatalogEntry(schema, []);
    }
}

/// <summary>Built schemas keyed by their SDL text, so a batch builds each schema once.</summary>
public sealed class SchemaCatalog
{
    private readonly Dictionary<string, CatalogEntry> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    /// <summary>How many times a schema was built (a cache miss).</summary>
    public int Builds { get; private set; }

    public CatalogEntry Get(string sdl)
    {
        if (!_entries.TryGetValue(sdl, out var entry))
        {
            entry = CatalogEntry.Build(sdl);
            _entries[sdl] = entry;
            Builds++;
        }
        return entry;
    }
}
