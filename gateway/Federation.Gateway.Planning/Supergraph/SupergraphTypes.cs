using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.Gateway.Planning.Supergraph;

/// <summary>A subgraph named by the supergraph's join__Graph enum (@join__graph(name, url)).</summary>
public sealed record SubgraphInfo(string Id, string Name, string Url);

/// <summary>An @key of a type in one subgraph.</summary>
public sealed record KeyInfo(string Graph, SelectionSetNode Fields, string Text, bool Resolvable);

/// <summary>A type as one subgraph defines it (@join__type).</summary>
public sealed class TypeInGraph(string graph)
{
    public string Graph { get; } = graph;
    public List<KeyInfo> Keys { get; } = [];
    public bool IsInterfaceObject { get; set; }
    public bool Extension { get; set; }
}

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

/// <summary>A named type of the supergraph with its join information.</summary>
public sealed class SupergraphType(string name, TypeKind kind)
{
    public string Name { get; } = name;
    public TypeKind Kind { get; } = kind;
    public Dictionary<string, TypeInGraph> Graphs { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, SupergraphField> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>Interfaces this type implements, per graph (@join__implements).</summary>
    public Dictionary<string, HashSet<string>> Implements { get; } = new(StringComparer.Ordinal);

    /// <summary>Union members per graph (@join__unionMember).</summary>
    public Dictionary<string, HashSet<string>> UnionMembers { get; } = new(StringComparer.Ordinal);

    public List<string> AllInterfaces { get; } = [];
    public List<string> AllUnionMembers { get; } = [];

    public bool IsAbstract => Kind is TypeKind.Interface or TypeKind.Union;
    public bool IsComposite => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;
}
