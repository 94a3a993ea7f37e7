using Federation.GraphQL.Language;

namespace Federation.Gateway.Planning.Supergraph;

/// <summary>A field as one subgraph defines it (@join__field).</summary>
public sealed class FieldInGraph(string graph)
{
    public string Graph { get; } = graph;
    public bool External { get; set; }
    public SelectionSetNode? Requires { get; set; }
    public SelectionSetNode? Provides { get; set; }
    public string? OverrideFrom { get; set; }
    public string? OverrideLabel { get; set; }
    public bool UsedOverridden { get; set; }

    /// <summary>The field's type in this subgraph when it differs from the supergraph's (join "type" argument).</summary>
    public string? Type { get; set; }
}
