namespace Federation.Gateway.Planning.Supergraph;

/// <summary>A type as one subgraph defines it (@join__type).</summary>
public sealed class TypeInGraph(string graph)
{
    public string Graph { get; } = graph;
    public List<KeyInfo> Keys { get; } = [];
    public bool IsInterfaceObject { get; set; }
    public bool Extension { get; set; }
}
