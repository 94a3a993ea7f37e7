namespace Federation.GraphQL.Types;

/// <summary>Input object type (spec 3.10), including @oneOf input objects.</summary>
public sealed class InputObjectType : NamedType
{
    public InputObjectType(string name, string? description = null) : base(name, description) { }

    public override TypeKind Kind => TypeKind.InputObject;

    public FieldCollection<InputValue> Fields { get; } = new();

    internal override void Freeze()
    {
        base.Freeze();
        Fields.Freeze();
        foreach (var field in Fields) field.Freeze();
    }

    /// <summary>True when the type carries @oneOf (spec 3.10.1).</summary>
    public bool IsOneOf { get; set { Frozen.Check(IsFrozen); field = value; } }

    /// <summary>The .NET type that coerced values are converted to in code-first schemas; null means a dictionary.</summary>
    public Type? RuntimeType { get; set { Frozen.Check(IsFrozen); field = value; } }

    /// <summary>
    /// Builds the <see cref="RuntimeType"/> instance from the coerced fields (keyed by GraphQL field name). Set by
    /// builders that know how field names map to members (code-first renames); when null the executor matches field
    /// names to constructor parameters and settable properties case-insensitively.
    /// </summary>
    public Func<IReadOnlyDictionary<string, object?>, object>? RuntimeFactory { get; set { Frozen.Check(IsFrozen); field = value; } }
}
