using Federation.Spec;

namespace Federation.Subgraph;

/// <summary>One subgraph's federation at run time: the user's <see cref="FederationOptions"/> and the model computed from its schema.</summary>
internal sealed class FederationState
{
    private static readonly Dictionary<string, EntityType> NoEntities = new(StringComparer.Ordinal);

    public FederationOptions Options { get; } = new();

    /// <summary>The computed model (set when the schema is built).</summary>
    public SubgraphModel? Model { get; set; }

    public FederationLink Link => Model?.Link ?? throw new InvalidOperationException("The subgraph's schema is not built yet.");

    public string QueryTypeName => Model?.QueryTypeName ?? "Query";

    public IReadOnlyDictionary<string, EntityType> Entities => Model?.Entities ?? NoEntities;

    public IReadOnlyDictionary<string, EntityType> EntityInterfaces => Model?.EntityInterfaces ?? NoEntities;

    /// <summary>The SDL answered by <c>_service { sdl }</c> (code first: printed on first use).</summary>
    public string Sdl { get; set; } = "";

    /// <summary>Code first: schema directives printed after the federation @link (custom @link and @composeDirective).</summary>
    public List<string> SchemaDirectives { get; } = [];

    public bool Registered { get; set; }
}
