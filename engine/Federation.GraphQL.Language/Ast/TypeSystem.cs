namespace Federation.GraphQL.Language;

/// <summary>TypeSystemDefinitionOrExtension: schema, type and directive definitions and their extensions.</summary>
public interface ITypeSystemDefinitionNode : IDefinitionNode, IHasDirectives
{
}

/// <summary>TypeDefinition and TypeExtension: a named type (definition or extension) with its directives.</summary>
public interface ITypeDefinitionOrExtensionNode : ITypeSystemDefinitionNode, INamedSyntaxNode
{
    bool IsExtension { get; }
}

/// <summary>TypeDefinition : Scalar | Object | Interface | Union | Enum | InputObject type definition.</summary>
public interface ITypeDefinitionNode : ITypeDefinitionOrExtensionNode
{
    StringValueNode? Description { get; }
}

/// <summary>Object and interface definitions and extensions: ImplementsInterfaces? FieldsDefinition?</summary>
public interface IComplexTypeDefinitionNode : ITypeDefinitionOrExtensionNode
{
    IReadOnlyList<NamedTypeNode> Interfaces { get; }
    IReadOnlyList<FieldDefinitionNode> Fields { get; }
}

/// <summary>Shared shape of every type-system node: directives and optional description.</summary>
public abstract class TypeSystemNode : SyntaxNode, ITypeSystemDefinitionNode
{
    protected TypeSystemNode(StringValueNode? description, IReadOnlyList<DirectiveNode> directives, Location? location)
        : base(location)
    {
        Description = description;
        Directives = directives;
    }

    /// <summary>Always null on extensions, which have no description.</summary>
    public StringValueNode? Description { get; }
    public IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</summary>
public sealed class SchemaDefinitionNode : TypeSystemNode
{
    public SchemaDefinitionNode(StringValueNode? description, IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes, Location? location = null)
        : base(description, directives, location) => OperationTypes = operationTypes;

    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (Description is not null) yield return Description;
        foreach (var d in Directives) yield return d;
        foreach (var o in OperationTypes) yield return o;
    }
}

/// <summary>SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]</summary>
public sealed class SchemaExtensionNode : TypeSystemNode
{
    public SchemaExtensionNode(IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes, Location? location = null)
        : base(null, directives, location) => OperationTypes = operationTypes;

    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        foreach (var d in Directives) yield return d;
        foreach (var o in OperationTypes) yield return o;
    }
}

/// <summary>RootOperationTypeDefinition : OperationType : NamedType</summary>
public sealed class OperationTypeDefinitionNode : SyntaxNode
{
    public OperationTypeDefinitionNode(OperationType operation, NamedTypeNode type, Location? location = null) : base(location)
    {
        Operation = operation;
        Type = type;
    }

    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;
    public OperationType Operation { get; }
    public NamedTypeNode Type { get; }
    public override IEnumerable<SyntaxNode> GetChildren() { yield return Type; }
}

/// <summary>Base of named type definitions and extensions.</summary>
public abstract class NamedTypeSystemNode : TypeSystemNode, ITypeDefinitionOrExtensionNode
{
    protected NamedTypeSystemNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, Location? location)
        : base(description, directives, location) => Name = name;

    public NameNode Name { get; }
    public abstract bool IsExtension { get; }

    protected IEnumerable<SyntaxNode> HeadChildren()
    {
        if (Description is not null) yield return Description;
        yield return Name;
    }
}

/// <summary>ScalarTypeDefinition : Description? scalar Name Directives[Const]?  /  ScalarTypeExtension : extend scalar Name Directives[Const]</summary>
public sealed class ScalarTypeDefinitionNode : NamedTypeSystemNode, ITypeDefinitionNode
{
    public ScalarTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives,
        bool isExtension = false, Location? location = null)
        : base(description, name, directives, location) => IsExtension = isExtension;

    public override SyntaxKind Kind => IsExtension ? SyntaxKind.ScalarTypeExtension : SyntaxKind.ScalarTypeDefinition;
    public override bool IsExtension { get; }
    public override IEnumerable<SyntaxNode> GetChildren() => HeadChildren().Concat(Directives);
}

/// <summary>ObjectTypeDefinition / ObjectTypeExtension : type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
public sealed class ObjectTypeDefinitionNode : NamedTypeSystemNode, ITypeDefinitionNode, IComplexTypeDefinitionNode
{
    public ObjectTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields,
        bool isExtension = false, Location? location = null)
        : base(description, name, directives, location)
    {
        Interfaces = interfaces;
        Fields = fields;
        IsExtension = isExtension;
    }

    public override SyntaxKind Kind => IsExtension ? SyntaxKind.ObjectTypeExtension : SyntaxKind.ObjectTypeDefinition;
    public override bool IsExtension { get; }
    public IReadOnlyList<NamedTypeNode> Interfaces { get; }
    public IReadOnlyList<FieldDefinitionNode> Fields { get; }

    public override IEnumerable<SyntaxNode> GetChildren()
        => HeadChildren().Concat(Interfaces).Concat(Directives).Concat(Fields);
}

/// <summary>InterfaceTypeDefinition / InterfaceTypeExtension : interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
public sealed class InterfaceTypeDefinitionNode : NamedTypeSystemNode, ITypeDefinitionNode, IComplexTypeDefinitionNode
{
    public InterfaceTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields,
        bool isExtension = false, Location? location = null)
        : base(description, name, directives, location)
    {
        Interfaces = interfaces;
        Fields = fields;
        IsExtension = isExtension;
    }

    public override SyntaxKind Kind => IsExtension ? SyntaxKind.InterfaceTypeExtension : SyntaxKind.InterfaceTypeDefinition;
    public override bool IsExtension { get; }
    public IReadOnlyList<NamedTypeNode> Interfaces { get; }
    public IReadOnlyList<FieldDefinitionNode> Fields { get; }

    public override IEnumerable<SyntaxNode> GetChildren()
        => HeadChildren().Concat(Interfaces).Concat(Directives).Concat(Fields);
}

/// <summary>UnionTypeDefinition / UnionTypeExtension : union Name Directives[Const]? UnionMemberTypes?</summary>
public sealed class UnionTypeDefinitionNode : NamedTypeSystemNode, ITypeDefinitionNode
{
    public UnionTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<NamedTypeNode> types, bool isExtension = false, Location? location = null)
        : base(description, name, directives, location)
    {
        Types = types;
        IsExtension = isExtension;
    }

    public override SyntaxKind Kind => IsExtension ? SyntaxKind.UnionTypeExtension : SyntaxKind.UnionTypeDefinition;
    public override bool IsExtension { get; }
    public IReadOnlyList<NamedTypeNode> Types { get; }
    public override IEnumerable<SyntaxNode> GetChildren() => HeadChildren().Concat(Directives).Concat(Types);
}

/// <summary>EnumTypeDefinition / EnumTypeExtension : enum Name Directives[Const]? EnumValuesDefinition?</summary>
public sealed class EnumTypeDefinitionNode : NamedTypeSystemNode, ITypeDefinitionNode
{
    public EnumTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<EnumValueDefinitionNode> values, bool isExtension = false, Location? location = null)
        : base(description, name, directives, location)
    {
        Values = values;
        IsExtension = isExtension;
    }

    public override SyntaxKind Kind => IsExtension ? SyntaxKind.EnumTypeExtension : SyntaxKind.EnumTypeDefinition;
    public override bool IsExtension { get; }
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; }
    public override IEnumerable<SyntaxNode> GetChildren() => HeadChildren().Concat(Directives).Concat(Values);
}

/// <summary>InputObjectTypeDefinition / InputObjectTypeExtension : input Name Directives[Const]? InputFieldsDefinition?</summary>
public sealed class InputObjectTypeDefinitionNode : NamedTypeSystemNode, ITypeDefinitionNode
{
    public InputObjectTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<InputValueDefinitionNode> fields, bool isExtension = false, Location? location = null)
        : base(description, name, directives, location)
    {
        Fields = fields;
        IsExtension = isExtension;
    }

    public override SyntaxKind Kind => IsExtension ? SyntaxKind.InputObjectTypeExtension : SyntaxKind.InputObjectTypeDefinition;
    public override bool IsExtension { get; }
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; }
    public override IEnumerable<SyntaxNode> GetChildren() => HeadChildren().Concat(Directives).Concat(Fields);
}

/// <summary>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?</summary>
public sealed class FieldDefinitionNode : SyntaxNode, IHasDirectives, INamedSyntaxNode
{
    public FieldDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<InputValueDefinitionNode> arguments,
        ITypeNode type, IReadOnlyList<DirectiveNode> directives, Location? location = null) : base(location)
    {
        Description = description;
        Name = name;
        Arguments = arguments;
        Type = type;
        Directives = directives;
    }

    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;
    public StringValueNode? Description { get; }
    public NameNode Name { get; }
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; }
    public ITypeNode Type { get; }
    public IReadOnlyList<DirectiveNode> Directives { get; }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (Description is not null) yield return Description;
        yield return Name;
        foreach (var a in Arguments) yield return a;
        yield return (SyntaxNode)Type;
        foreach (var d in Directives) yield return d;
    }
}

/// <summary>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?</summary>
public sealed class InputValueDefinitionNode : SyntaxNode, IHasDirectives, INamedSyntaxNode
{
    public InputValueDefinitionNode(StringValueNode? description, NameNode name, ITypeNode type, IValueNode? defaultValue,
        IReadOnlyList<DirectiveNode> directives, Location? location = null) : base(location)
    {
        Description = description;
        Name = name;
        Type = type;
        DefaultValue = defaultValue;
        Directives = directives;
    }

    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;
    public StringValueNode? Description { get; }
    public NameNode Name { get; }
    public ITypeNode Type { get; }
    public IValueNode? DefaultValue { get; }
    public IReadOnlyList<DirectiveNode> Directives { get; }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (Description is not null) yield return Description;
        yield return Name;
        yield return (SyntaxNode)Type;
        if (DefaultValue is not null) yield return (SyntaxNode)DefaultValue;
        foreach (var d in Directives) yield return d;
    }
}

/// <summary>EnumValueDefinition : Description? EnumValue Directives[Const]?</summary>
public sealed class EnumValueDefinitionNode : SyntaxNode, IHasDirectives, INamedSyntaxNode
{
    public EnumValueDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives,
        Location? location = null) : base(location)
    {
        Description = description;
        Name = name;
        Directives = directives;
    }

    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;
    public StringValueNode? Description { get; }
    public NameNode Name { get; }
    public IReadOnlyList<DirectiveNode> Directives { get; }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (Description is not null) yield return Description;
        yield return Name;
        foreach (var d in Directives) yield return d;
    }
}

/// <summary>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</summary>
public sealed class DirectiveDefinitionNode : SyntaxNode, ITypeSystemDefinitionNode, INamedSyntaxNode
{
    public DirectiveDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<InputValueDefinitionNode> arguments,
        bool repeatable, IReadOnlyList<NameNode> locations, Location? location = null) : base(location)
    {
        Description = description;
        Name = name;
        Arguments = arguments;
        Repeatable = repeatable;
        Locations = locations;
    }

    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;
    public StringValueNode? Description { get; }
    public NameNode Name { get; }
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; }
    public bool Repeatable { get; }
    /// <summary>The location names as written (QUERY, FIELD, OBJECT, ...).</summary>
    public IReadOnlyList<NameNode> Locations { get; }
    IReadOnlyList<DirectiveNode> IHasDirectives.Directives => [];

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (Description is not null) yield return Description;
        yield return Name;
        foreach (var a in Arguments) yield return a;
        foreach (var l in Locations) yield return l;
    }
}
