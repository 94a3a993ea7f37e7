using Federation.GraphQL.Execution;

namespace Federation.Subgraph;

/// <summary>Resolves one entity from its representation (<c>{ "__typename": "Product", "upc": "1" }</c>); null when there is none.</summary>
public delegate ValueTask<object?> ReferenceResolver(IReadOnlyDictionary<string, object?> representation, IResolverContext context);

/// <summary>
/// Resolves every representation of one type in one call; answers one entity (or null) per representation, in order.
/// </summary>
public delegate ValueTask<IReadOnlyList<object?>> BatchReferenceResolver(IReadOnlyList<IReadOnlyDictionary<string, object?>> representations, IResolverContext context);

/// <summary>The federation configuration of one subgraph: the link read from its SDL, its entities and their reference resolvers.</summary>
public sealed class FederationState
{
    internal FederationState() { }

    /// <summary>The federation @link (set when the schema is built).</summary>
    public FederationLink Link { get; internal set; } = null!;

    /// <summary>The SDL answered by <c>_service { sdl }</c>.</summary>
    public string Sdl { get; internal set; } = "";

    public string QueryTypeName { get; internal set; } = "Query";

    /// <summary>Entities (members of <c>_Entity</c>) by type name.</summary>
    public IReadOnlyDictionary<string, EntityType> Entities { get; internal set; } = new Dictionary<string, EntityType>();

    /// <summary>
    /// Entity interfaces (federation v2.3: interfaces with a resolvable @key) by name. A representation whose
    /// <c>__typename</c> is one of them is resolved by the reference resolver registered on the interface; the concrete
    /// type of the result is found by the interface's type resolver, else its <c>__typename</c> or C# type.
    /// </summary>
    public IReadOnlyDictionary<string, EntityType> EntityInterfaces { get; internal set; } = new Dictionary<string, EntityType>();

    /// <summary>Code first: schema directives printed after the federation @link (custom @link and @composeDirective).</summary>
    internal List<string> SchemaDirectives { get; } = [];

    internal Dictionary<string, ReferenceResolver> ReferenceResolvers { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, BatchReferenceResolver> BatchReferenceResolvers { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Resolves all the representations of <paramref name="typeName"/> in one call (one entity or null each, in
    /// order), for schema-first and code-first subgraphs alike (<c>AddFederation(configure: s => s.AddBatchReferenceResolver(...))</c>).
    /// It takes precedence over a per-representation resolver of the same type.
    /// </summary>
    public FederationState AddBatchReferenceResolver(string typeName, BatchReferenceResolver resolver)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(resolver);
        BatchReferenceResolvers[typeName] = resolver;
        return this;
    }

    /// <summary>
    /// When true (the default) a representation that resolves to null answers null with an error at
    /// <c>["_entities", i]</c>; when false it answers null silently, as Apollo Server does.
    /// </summary>
    public bool ReportUnresolvedEntities { get; set; } = true;

    internal bool Registered { get; set; }
}
