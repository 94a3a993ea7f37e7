namespace Federation.GraphQL.Language;

/// <summary>Where a node or token stands in the source: byte offsets into the UTF-8 source and the 1-based line and column of its start.</summary>
public readonly record struct Location(int Start, int End, int Line, int Column);

/// <summary>The kinds of syntax node, one per production of the grammar (spec Appendix C).</summary>
public enum SyntaxKind
{
    Name,
    Document,
    OperationDefinition,
    VariableDefinition,
    SelectionSet,
    Field,
    Argument,
    FragmentSpread,
    InlineFragment,
    FragmentDefinition,
    Variable,
    IntValue,
    FloatValue,
    StringValue,
    BooleanValue,
    NullValue,
    EnumValue,
    ListValue,
    ObjectValue,
    ObjectField,
    Directive,
    NamedType,
    ListType,
    NonNullType,
    SchemaDefinition,
    OperationTypeDefinition,
    ScalarTypeDefinition,
    ObjectTypeDefinition,
    FieldDefinition,
    InputValueDefinition,
    InterfaceTypeDefinition,
    UnionTypeDefinition,
    EnumTypeDefinition,
    EnumValueDefinition,
    InputObjectTypeDefinition,
    DirectiveDefinition,
    SchemaExtension,
    ScalarTypeExtension,
    ObjectTypeExtension,
    InterfaceTypeExtension,
    UnionTypeExtension,
    EnumTypeExtension,
    InputObjectTypeExtension,
}

/// <summary>The base of every node of the syntax tree. Nodes are immutable; <see cref="Location"/> is null for nodes built in code.</summary>
public abstract class SyntaxNode
{
    // A null location is stored as line int.MinValue: four ints instead of a Nullable<Location> (20 bytes, padded to 24)
    // keep every node 8 bytes smaller, which matters for NameNode (one per name in the document).
    private const int NoLine = int.MinValue;
    private readonly int _start;
    private readonly int _end;
    private readonly int _line;
    private readonly int _column;

    protected SyntaxNode(Location? location)
    {
        if (location is { } value)
        {
            _start = value.Start;
            _end = value.End;
            _line = value.Line;
            _column = value.Column;
        }
        else
        {
            _line = NoLine;
        }
    }

    public abstract SyntaxKind Kind { get; }

    public Location? Location => _line == NoLine ? null : new Location(_start, _end, _line, _column);

    /// <summary>The direct children, in source order (used by the visitor).</summary>
    public abstract IEnumerable<SyntaxNode> GetChildren();

    public override string ToString() => Printer.Print(this);
}

public sealed class NameNode : SyntaxNode
{
    public NameNode(string value, Location? location = null) : base(location) => Value = value;

    public override SyntaxKind Kind => SyntaxKind.Name;
    public string Value { get; }
    public override IEnumerable<SyntaxNode> GetChildren() => [];
}

/// <summary>Document : Definition+</summary>
public sealed class DocumentNode : SyntaxNode
{
    public DocumentNode(IReadOnlyList<IDefinitionNode> definitions, Location? location = null) : base(location)
        => Definitions = definitions;

    public override SyntaxKind Kind => SyntaxKind.Document;
    public IReadOnlyList<IDefinitionNode> Definitions { get; }
    public override IEnumerable<SyntaxNode> GetChildren() => Definitions.Cast<SyntaxNode>();
}

/// <summary>Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension</summary>
public interface IDefinitionNode
{
    SyntaxKind Kind { get; }
    Location? Location { get; }
}

/// <summary>ExecutableDefinition : OperationDefinition | FragmentDefinition</summary>
public interface IExecutableDefinitionNode : IDefinitionNode
{
    StringValueNode? Description { get; }
    IReadOnlyList<DirectiveNode> Directives { get; }
    SelectionSetNode SelectionSet { get; }
}

/// <summary>Nodes that may carry directives.</summary>
public interface IHasDirectives
{
    IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>Definitions and extensions that have a name (types, directives, fragments).</summary>
public interface INamedSyntaxNode
{
    NameNode Name { get; }
}
