using Federation.GraphQL.Types;

namespace Federation.Gateway.Planning.Supergraph;

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
