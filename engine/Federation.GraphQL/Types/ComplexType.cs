namespace Federation.GraphQL.Types;

/// <summary>Object and interface types: named fields and implemented interfaces (spec 3.6, 3.7).</summary>
public abstract class ComplexType : NamedType
{
    protected ComplexType(string name, string? description) : base(name, description) { }

    /// <summary>Fields in definition order.</summary>
    public FieldCollection<Field> Fields { get; } = new();

    /// <summary>Implemented interfaces in definition order.</summary>
    public List<InterfaceType> Interfaces { get; } = [];

    public Field? GetField(string name) => Fields.TryGet(name, out var f) ? f : null;
}
