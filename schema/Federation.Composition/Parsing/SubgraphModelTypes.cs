using Federation.GraphQL.Language;
using Federation.Spec;

namespace Federation.Composition.Parsing;

internal enum TypeKind { Object, Interface, Union, Enum, InputObject, Scalar }

/// <summary>A directive application that composition carries to the supergraph as written (@deprecated, @specifiedBy, @tag).</summary>
internal sealed record Applied(string Name, DirectiveNode Node);

/// <summary>What the federation directives say about one element (resolved through the subgraph's @link).</summary>
internal sealed class FederationMarks
{
    public bool Shareable { get; set; }
    public bool External { get; set; }
    public bool Inaccessible { get; set; }
    public bool Authenticated { get; set; }
    public List<string> Tags { get; } = [];
    public string? Requires { get; set; }
    public string? Provides { get; set; }
    public string? Override { get; set; }
    public string? OverrideLabel { get; set; }
    public string? Deprecated { get; set; }
    public bool IsDeprecated { get; set; }
    public DirectiveNode? RequiresNode { get; set; }
    public DirectiveNode? ProvidesNode { get; set; }
    public DirectiveNode? OverrideNode { get; set; }
}

/// <summary>A field, argument or input field of one subgraph.</summary>
internal sealed class SField
{
    public SField(string name, ITypeNode type, string? description, SyntaxNode node)
    {
        Name = name;
        Type = type;
        Description = description;
        Node = node;
    }

    public string Name { get; }
    public ITypeNode Type { get; }
    public string? Description { get; }
    public SyntaxNode Node { get; }
    public IValueNode? DefaultValue { get; set; }
    public List<SField> Arguments { get; } = [];
    public FederationMarks Marks { get; } = new();
}

/// <summary>A type of one subgraph, its definition and extensions merged.</summary>
internal sealed class SType
{
    public SType(string name, TypeKind kind, SyntaxNode node)
    {
        Name = name;
        Kind = kind;
        Node = node;
    }

    public string Name { get; }
    public TypeKind Kind { get; }
    public SyntaxNode Node { get; }
    public string? Description { get; set; }
    public bool IsExtension { get; set; }
    public bool InterfaceObject { get; set; }
    public List<EntityKey> Keys { get; } = [];
    public Dictionary<string, SField> Fields { get; } = new(StringComparer.Ordinal);
    public List<string> Interfaces { get; } = [];
    public List<string> Members { get; } = [];
    public Dictionary<string, SField> Values { get; } = new(StringComparer.Ordinal);
    public FederationMarks Marks { get; } = new();
}

/// <summary>One subgraph after parsing: its link, root types and types by name (federation's own definitions left out).</summary>
internal sealed class ParsedSubgraph
{
    public ParsedSubgraph(SubgraphSource source, FederationLink link)
    {
        Source = source;
        Link = link;
    }

    public SubgraphSource Source { get; }
    public string Name => Source.Name;
    public FederationLink Link { get; }
    public Dictionary<string, SType> Types { get; } = new(StringComparer.Ordinal);

    /// <summary>Operation kind ("query", "mutation", "subscription") to the subgraph's root type name.</summary>
    public Dictionary<string, string> Roots { get; } = new(StringComparer.Ordinal);

    /// <summary>The supergraph name of a subgraph type: root types take their default names.</summary>
    public string SupergraphName(string typeName)
    {
        foreach (var (operation, name) in Roots) if (name == typeName) return RootName(operation);
        return typeName;
    }

    public static string RootName(string operation) => operation switch
    {
        "query" => "Query",
        "mutation" => "Mutation",
        _ => "Subscription",
    };
}
