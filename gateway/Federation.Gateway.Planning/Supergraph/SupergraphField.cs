using Federation.GraphQL.Language;

namespace Federation.Gateway.Planning.Supergraph;

/// <summary>A field of the supergraph with the subgraphs that define it.</summary>
public sealed class SupergraphField(string name, ITypeNode type)
{
    public string Name { get; } = name;
    public ITypeNode Type { get; } = type;
    public string TypeName { get; } = NamedTypeOf(type);

    /// <summary>@join__field directives with a graph; when none, the field is in every subgraph of its type.</summary>
    public List<FieldInGraph> Joins { get; } = [];

    /// <summary>The field carries a bare @join__field (no graph): no subgraph resolves it directly.</summary>
    public bool HasBareJoin { get; set; }

    public bool IsList => ListDepthOf > 0;

    /// <summary>How many list wrappers the type has ([[T]] is 2).</summary>
    public int ListDepthOf => ListDepth(Type);

    private static string NamedTypeOf(ITypeNode t) => t switch
    {
        NamedTypeNode n => n.Name.Value,
        ListTypeNode l => NamedTypeOf(l.Type),
        NonNullTypeNode nn => NamedTypeOf(nn.Type),
        _ => throw new InvalidOperationException("unknown type node"),
    };

    private static int ListDepth(ITypeNode t) => t switch
    {
        ListTypeNode l => 1 + ListDepth(l.Type),
        NonNullTypeNode nn => ListDepth(nn.Type),
        _ => 0,
    };
}
