using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>DirectiveLocation (spec 3.13), in the order of __DirectiveLocation.</summary>
public enum DirectiveLocation
{
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,
    /// <summary>graphql-js 17 (fragment arguments proposal); not in the September 2025 spec.</summary>
    FragmentVariableDefinition,
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,
    /// <summary>graphql-js 17 (where @deprecated may stand on a directive definition); not in the September 2025 spec.</summary>
    DirectiveDefinition,
}

/// <summary>A directive definition (spec 3.13).</summary>
public sealed class DirectiveDefinition : IHasName
{
    public DirectiveDefinition(string name, IEnumerable<DirectiveLocation> locations, string? description = null, bool isRepeatable = false)
    {
        Name = name;
        Locations = locations.ToList();
        Description = description;
        IsRepeatable = isRepeatable;
    }

    public string Name { get; }
    public string? Description { get; set { Frozen.Check(IsFrozen); field = value; } }
    public FieldCollection<InputValue> Arguments { get; } = new();
    public bool IsRepeatable { get; set { Frozen.Check(IsFrozen); field = value; } }
    public IReadOnlyList<DirectiveLocation> Locations { get; }
    public DirectiveDefinitionNode? SyntaxNode { get; set { Frozen.Check(IsFrozen); field = value; } }

    internal bool IsFrozen { get; private set; }

    internal void Freeze()
    {
        IsFrozen = true;
        Arguments.Freeze();
        foreach (var argument in Arguments) argument.Freeze();
    }

    public override string ToString() => "@" + Name;
}

public static class DirectiveLocationNames
{
    /// <summary>QUERY, FIELD_DEFINITION, ...</summary>
    public static string ToSpecName(this DirectiveLocation location) => location switch
    {
        DirectiveLocation.Query => "QUERY",
        DirectiveLocation.Mutation => "MUTATION",
        DirectiveLocation.Subscription => "SUBSCRIPTION",
        DirectiveLocation.Field => "FIELD",
        DirectiveLocation.FragmentDefinition => "FRAGMENT_DEFINITION",
        DirectiveLocation.FragmentSpread => "FRAGMENT_SPREAD",
        DirectiveLocation.InlineFragment => "INLINE_FRAGMENT",
        DirectiveLocation.VariableDefinition => "VARIABLE_DEFINITION",
        DirectiveLocation.FragmentVariableDefinition => "FRAGMENT_VARIABLE_DEFINITION",
        DirectiveLocation.Schema => "SCHEMA",
        DirectiveLocation.Scalar => "SCALAR",
        DirectiveLocation.Object => "OBJECT",
        DirectiveLocation.FieldDefinition => "FIELD_DEFINITION",
        DirectiveLocation.ArgumentDefinition => "ARGUMENT_DEFINITION",
        DirectiveLocation.Interface => "INTERFACE",
        DirectiveLocation.Union => "UNION",
        DirectiveLocation.Enum => "ENUM",
        DirectiveLocation.EnumValue => "ENUM_VALUE",
        DirectiveLocation.InputObject => "INPUT_OBJECT",
        DirectiveLocation.InputFieldDefinition => "INPUT_FIELD_DEFINITION",
        DirectiveLocation.DirectiveDefinition => "DIRECTIVE_DEFINITION",
        _ => throw new ArgumentOutOfRangeException(nameof(location)),
    };

    public static bool TryParse(string name, out DirectiveLocation location)
    {
        foreach (var l in Enum.GetValues<DirectiveLocation>())
        {
            if (l.ToSpecName() == name) { location = l; return true; }
        }
        location = default;
        return false;
    }
}
