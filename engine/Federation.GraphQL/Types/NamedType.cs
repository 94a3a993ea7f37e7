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
    public string? Description { get; set { Frozen.Check(IsFrozen); field = value; } }

    /// <summary>Directives applied to the type (definition and extensions, in order).</summary>
    public SchemaList<DirectiveNode> Directives { get; } = new();

    /// <summary>The definition this type was built from, if any.</summary>
    public ITypeDefinitionNode? SyntaxNode { get; set { Frozen.Check(IsFrozen); field = value; } }

    /// <summary>The extensions applied to this type, if built from SDL.</summary>
    public SchemaList<ITypeDefinitionOrExtensionNode> ExtensionNodes { get; } = new();

    /// <summary>True once the schema holding the type is built: setters and lists then throw.</summary>
    internal bool IsFrozen { get; private set; }

    internal virtual void Freeze()
    {
        IsFrozen = true;
        Directives.Freeze();
        ExtensionNodes.Freeze();
    }

    public override string ToString() => Name;
}
