using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>A named type: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphQLType
{
    protected NamedType(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    public string Name { get; }
    public string? Description { get; set; }

    /// <summary>Directives applied to the type (definition and extensions, in order).</summary>
    public List<DirectiveNode> Directives { get; } = [];

    /// <summary>The definition this type was built from, if any.</summary>
    public ITypeDefinitionNode? SyntaxNode { get; set; }

    /// <summary>The extensions applied to this type, if built from SDL.</summary>
    public List<ITypeDefinitionOrExtensionNode> ExtensionNodes { get; } = [];

    public override string ToString() => Name;
}
