namespace Federation.GraphQL.Types;

/// <summary>Enum type (spec 3.9). Values map between their GraphQL name and a runtime value (by default the name itself).</summary>
public sealed class EnumType : NamedType
{
    public EnumType(string name, string? description = null) : base(name, description) { }

    public override TypeKind Kind => TypeKind.Enum;

    public FieldCollection<EnumValue> Values { get; } = new();

    /// <summary>The .NET enum that backs this type in code-first schemas, if any.</summary>
    public Type? RuntimeType { get; set { Frozen.Check(IsFrozen); field = value; } }

    public EnumValue? GetValue(string name) => Values[name];

    internal override void Freeze()
    {
        base.Freeze();
        Values.Freeze();
        foreach (var value in Values) value.Freeze();
    }

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
