namespace Federation.GraphQL.Language;

/// <summary>Type : NamedType | ListType | NonNullType</summary>
public interface ITypeNode
{
    SyntaxKind Kind { get; }
    Location? Location { get; }
}

/// <summary>NamedType : Name</summary>
public sealed class NamedTypeNode : SyntaxNode, ITypeNode, INamedSyntaxNode
{
    public NamedTypeNode(NameNode name, Location? location = null) : base(location) => Name = name;

    public override SyntaxKind Kind => SyntaxKind.NamedType;
    public NameNode Name { get; }
    public override IEnumerable<SyntaxNode> GetChildren() { yield return Name; }
}

/// <summary>ListType : [ Type ]</summary>
public sealed class ListTypeNode : SyntaxNode, ITypeNode
{
    public ListTypeNode(ITypeNode type, Location? location = null) : base(location) => Type = type;

    public override SyntaxKind Kind => SyntaxKind.ListType;
    public ITypeNode Type { get; }
    public override IEnumerable<SyntaxNode> GetChildren() { yield return (SyntaxNode)Type; }
}

/// <summary>NonNullType : NamedType ! | ListType !</summary>
public sealed class NonNullTypeNode : SyntaxNode, ITypeNode
{
    public NonNullTypeNode(ITypeNode type, Location? location = null) : base(location)
    {
        if (type is NonNullTypeNode) throw new ArgumentException("A non-null type cannot wrap a non-null type.", nameof(type));
        Type = type;
    }

    public override SyntaxKind Kind => SyntaxKind.NonNullType;
    /// <summary>A <see cref="NamedTypeNode"/> or a <see cref="ListTypeNode"/>.</summary>
    public ITypeNode Type { get; }
    public override IEnumerable<SyntaxNode> GetChildren() { yield return (SyntaxNode)Type; }
}

public static class TypeNodeExtensions
{
    /// <summary>The named type at the core of a wrapped type.</summary>
    public static NamedTypeNode NamedType(this ITypeNode type) => type switch
    {
        NamedTypeNode n => n,
        ListTypeNode l => l.Type.NamedType(),
        NonNullTypeNode nn => nn.Type.NamedType(),
        _ => throw new InvalidOperationException($"Unknown type node {type.Kind}."),
    };
}
