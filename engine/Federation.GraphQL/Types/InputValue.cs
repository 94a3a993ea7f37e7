using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>An argument or input field definition (spec 3.6.1, 3.10 InputValueDefinition).</summary>
public sealed class InputValue : IHasName
{
    public InputValue(string name, GraphQLType type, string? description = null)
    {
        Name = name;
        Type = type;
        Description = description;
    }

    public string Name { get; }
    public GraphQLType Type { get; set { Frozen.Check(IsFrozen); field = value; } }
    public string? Description { get; set { Frozen.Check(IsFrozen); field = value; } }

    /// <summary>The default value as a literal (as written in SDL or produced from a CLR default); null when there is none.</summary>
    public IValueNode? DefaultValue { get; set { Frozen.Check(IsFrozen); field = value; } }

    public bool HasDefaultValue => DefaultValue is not null;
    public string? DeprecationReason { get; set { Frozen.Check(IsFrozen); field = value; } }
    public bool IsDeprecated => DeprecationReason is not null;
    public SchemaList<DirectiveNode> Directives { get; } = new();
    public InputValueDefinitionNode? SyntaxNode { get; set { Frozen.Check(IsFrozen); field = value; } }

    /// <summary>In code-first schemas, the CLR parameter or property this value binds to.</summary>
    public Type? RuntimeType { get; set { Frozen.Check(IsFrozen); field = value; } }

    public override string ToString() => Name;

    internal bool IsFrozen { get; private set; }

    internal void Freeze()
    {
        IsFrozen = true;
        Directives.Freeze();
    }
}
