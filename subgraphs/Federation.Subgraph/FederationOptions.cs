namespace Federation.Subgraph;

/// <summary>
/// What the user sets for a federation subgraph (<c>AddFederation(configure: o => ...)</c>): batch reference resolvers
/// and how unresolved entities are reported. What the SDL says (link, entities, keys) is computed into a
/// <see cref="Federation.Spec.SubgraphModel"/> when the schema is built.
/// </summary>
public sealed class FederationOptions
{
    internal FederationOptions() { }

    internal Dictionary<string, ReferenceResolver> ReferenceResolvers { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, BatchReferenceResolver> BatchReferenceResolvers { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Resolves all the representations of <paramref name="typeName"/> in one call (one entity or null each, in
    /// order), for schema-first and code-first subgraphs alike (<c>AddFederation(configure: o => o.AddBatchReferenceResolver(...))</c>).
    /// It takes precedence over a per-representation resolver of the same type.
    /// </summary>
    public FederationOptions AddBatchReferenceResolver(string typeName, BatchReferenceResolver resolver)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(resolver);
        BatchReferenceResolvers[typeName] = resolver;
        return this;
    }

    /// <summary>
    /// The federation version a code-first subgraph links (default: the newest supported). A schema-first subgraph
    /// links the version its SDL's <c>@link</c> names and ignores this.
    /// </summary>
    public FederationVersion Version { get; set; } = FederationVersion.Latest;

    /// <summary>
    /// When true (the default) a representation that resolves to null answers null with an error at
    /// <c>["_entities", i]</c>; when false it answers null silently, as Apollo Server does.
    /// </summary>
    public bool ReportUnresolvedEntities { get; set; } = true;
}
