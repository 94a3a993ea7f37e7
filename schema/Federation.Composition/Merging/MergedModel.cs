using Federation.Composition.Parsing;
using Federation.GraphQL.Language;

namespace Federation.Composition.Merging;

/// <summary>A subgraph in the supergraph: its name, its <c>join__Graph</c> enum value and routing URL.</summary>
internal sealed record Graph(string Name, string EnumName, string Url);

/// <summary>One <c>@join__type</c>.</summary>
internal sealed record JoinType(Graph Graph, string? Key, bool Extension, bool Resolvable, bool IsInterfaceObject);

/// <summary>One <c>@join__field</c>.</summary>
internal sealed record JoinField(Graph Graph)
{
    public string? Requires { get; init; }
    public string? Provides { get; init; }
    public string? Type { get; init; }
    public bool External { get; init; }
    public string? Override { get; init; }
    public string? OverrideLabel { get; init; }
    public bool UsedOverridden { get; init; }
}

/// <summary>What every merged element carries besides its shape.</summary>
internal class MElement
{
    public MElement(string name) => Name = name;

    public string Name { get; }
    public string? Description { get; set; }
    public bool Inaccessible { get; set; }
    public bool Authenticated { get; set; }
    public List<string> Tags { get; } = [];
    public bool IsDeprecated { get; set; }
    public string? DeprecationReason { get; set; }
}

/// <summary>A merged field, argument, input field or enum value.</summary>
internal sealed class MField : MElement
{
    public MField(string name, ITypeNode type) : base(name) => Type = type;

    public ITypeNode Type { get; set; }
    public IValueNode? DefaultValue { get; set; }
    public List<MField> Arguments { get; } = [];
    /// <summary>The @join__field applications; empty when the field needs none.</summary>
    public List<JoinField> Joins { get; } = [];
    /// <summary>Enum values: the graphs that define the value (@join__enumValue).</summary>
    public List<Graph> Graphs { get; } = [];
}

/// <summary>A merged type of the supergraph.</summary>
internal sealed class MType : MElement
{
    public MType(string name, TypeKind kind) : base(name) => Kind = kind;

    public TypeKind Kind { get; }
    public List<JoinType> Joins { get; } = [];
    public List<string> Interfaces { get; } = [];
    public List<(Graph Graph, string Interface)> Implements { get; } = [];
    public List<string> Members { get; } = [];
    public List<(Graph Graph, string Member)> UnionMembers { get; } = [];
    public Dictionary<string, MField> Fields { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, MField> Values { get; } = new(StringComparer.Ordinal);
}

/// <summary>The merged supergraph before printing.</summary>
internal sealed class MergedSupergraph
{
    public List<Graph> Graphs { get; } = [];
    public Dictionary<string, MType> Types { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Roots { get; } = new(StringComparer.Ordinal);
    public bool UsesOverrideLabel { get; set; }
}
