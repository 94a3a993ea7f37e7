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
    public object RuntimeValue { get; set; }
    public string? Description { get; set; }
    /// <summary>Non-null when deprecated (spec 3.13.3).</summary>
    public string? DeprecationReason { get; set; }
    public bool IsDeprecated => DeprecationReason is not null;
    public List<DirectiveNode> Directives { get; } = [];
    public EnumValueDefinitionNode? SyntaxNode { get; set; }
}
