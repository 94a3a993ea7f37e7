using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>Enum type (spec 3.9). Values map between their GraphQL name and a runtime value (by default the name itself).</summary>
public sealed class EnumType : NamedType
{
    public EnumType(string name, string? description = null) : base(name, description) { }

    public override TypeKind Kind => TypeKind.Enum;

    public FieldCollection<EnumValue> Values { get; } = new();

    /// <summary>The .NET enum that backs this type in code-first schemas, if any.</summary>
    public Type? RuntimeType { get; set; }

    public EnumValue? GetValue(string name) => Values[name];

    /// <summary>Finds the value whose runtime value equals <paramref name="runtimeValue"/> (or whose name equals it when it is a string).</summary>
    public EnumValue? GetValueByRuntimeValue(object runtimeValue)
    {
        foreach (var v in Values)
        {
            if (Equals(v.RuntimeValue, runtimeValue)) return v;
        }
        return null;
    }
}

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
