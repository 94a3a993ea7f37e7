namespace Federation.GraphQL.Types;

/// <summary>Object and interface types: named fields and implemented interfaces (spec 3.6, 3.7).</summary>
public abstract class ComplexType : NamedType
{
    protected ComplexType(string name, string? description) : base(name, description) { }

    /// <summary>Fields in definition order.</summary>
    public FieldCollection<Field> Fields { get; } = new();

    /// <summary>Implemented interfaces in definition order.</summary>
    public SchemaList<InterfaceType> Interfaces { get; } = new();

    public Field? GetField(string name) => Fields.TryGet(name, out var f) ? f : null;

    internal override void Freeze()
    {
        base.Freeze();
        Fields.Freeze();
        foreach (var field in Fields) field.Freeze();
        Interfaces.Freeze();
    }
}
