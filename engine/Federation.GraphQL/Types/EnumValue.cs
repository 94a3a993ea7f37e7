using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>EnumValueDefinition in the schema model.</summary>
public sealed class EnumValue : IHasName
{
    public EnumValue(string name, object? runtimeValue = null, string? description = null, string? deprecationReason = null)
    {
        Name = name;
        RuntimeValue = runtimeValue ?? name;
        Description = description;
        DeprecationReason = deprecationReason;
    }

    public string Name { get; }
    public object RuntimeValue { get; set { Frozen.Check(IsFrozen); field = value; } }
    public string? Description { get; set { Frozen.Check(IsFrozen); field = value; } }
    /// <summary>Non-null when deprecated (spec 3.13.3).</summary>
    public string? DeprecationReason { get; set { Frozen.Check(IsFrozen); field = value; } }
    public bool IsDeprecated => DeprecationReason is not null;
    public SchemaList<DirectiveNode> Directives { get; } = new();
    public EnumValueDefinitionNode? SyntaxNode { get; set { Frozen.Check(IsFrozen); field = value; } }

    internal bool IsFrozen { get; private set; }

    internal void Freeze()
    {
        IsFrozen = true;
        Directives.Freeze();
    }
}
