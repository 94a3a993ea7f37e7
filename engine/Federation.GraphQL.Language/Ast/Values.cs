namespace Federation.GraphQL.Language;

/// <summary>Value[Const] : Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue | ObjectValue</summary>
public interface IValueNode
{
    SyntaxKind Kind { get; }
    Location? Location { get; }
}

/// <summary>Variable : $ Name</summary>
public sealed class VariableNode : SyntaxNode, IValueNode, INamedSyntaxNode
{
    public VariableNode(NameNode name, Location? location = null) : base(location) => Name = name;

    public override SyntaxKind Kind => SyntaxKind.Variable;
    public NameNode Name { get; }
    public override IEnumerable<SyntaxNode> GetChildren() { yield return Name; }
}

/// <summary>IntValue, kept as the source text so that no precision is lost before coercion.</summary>
public sealed class IntValueNode : SyntaxNode, IValueNode
{
    public IntValueNode(string value, Location? location = null) : base(location) => Value = value;

    public override SyntaxKind Kind => SyntaxKind.IntValue;
    public string Value { get; }
    public override IEnumerable<SyntaxNode> GetChildren() => [];
}

/// <summary>FloatValue, kept as the source text.</summary>
public sealed class FloatValueNode : SyntaxNode, IValueNode
{
    public FloatValueNode(string value, Location? location = null) : base(location) => Value = value;

    public override SyntaxKind Kind => SyntaxKind.FloatValue;
    public string Value { get; }
    public override IEnumerable<SyntaxNode> GetChildren() => [];
}

/// <summary>StringValue: <see cref="Value"/> is the cooked value (escapes resolved, block string indentation removed).</summary>
public sealed class StringValueNode : SyntaxNode, IValueNode
{
    public StringValueNode(string value, bool block = false, Location? location = null) : base(location)
    {
        Value = value;
        Block = block;
    }

    public override SyntaxKind Kind => SyntaxKind.StringValue;
    public string Value { get; }
    /// <summary>True when written as a block string (""" ... """).</summary>
    public bool Block { get; }
    public override IEnumerable<SyntaxNode> GetChildren() => [];
}

/// <summary>BooleanValue : one of true false</summary>
public sealed class BooleanValueNode : SyntaxNode, IValueNode
{
    public BooleanValueNode(bool value, Location? location = null) : base(location) => Value = value;

    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
    public bool Value { get; }
    public override IEnumerable<SyntaxNode> GetChildren() => [];
}

/// <summary>NullValue : null</summary>
public sealed class NullValueNode : SyntaxNode, IValueNode
{
    public static readonly NullValueNode Default = new();

    public NullValueNode(Location? location = null) : base(location) { }

    public override SyntaxKind Kind => SyntaxKind.NullValue;
    public override IEnumerable<SyntaxNode> GetChildren() => [];
}

/// <summary>EnumValue : Name but not true, false or null</summary>
public sealed class EnumValueNode : SyntaxNode, IValueNode
{
    public EnumValueNode(string value, Location? location = null) : base(location) => Value = value;

    public override SyntaxKind Kind => SyntaxKind.EnumValue;
    public string Value { get; }
    public override IEnumerable<SyntaxNode> GetChildren() => [];
}

/// <summary>ListValue[Const] : [ ] | [ Value[?Const]+ ]</summary>
public sealed class ListValueNode : SyntaxNode, IValueNode
{
    public ListValueNode(IReadOnlyList<IValueNode> items, Location? location = null) : base(location) => Items = items;

    public override SyntaxKind Kind => SyntaxKind.ListValue;
    public IReadOnlyList<IValueNode> Items { get; }
    public override IEnumerable<SyntaxNode> GetChildren() => Items.Cast<SyntaxNode>();
}

/// <summary>ObjectValue[Const] : { } | { ObjectField[?Const]+ }</summary>
public sealed class ObjectValueNode : SyntaxNode, IValueNode
{
    public ObjectValueNode(IReadOnlyList<ObjectFieldNode> fields, Location? location = null) : base(location) => Fields = fields;

    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
    public IReadOnlyList<ObjectFieldNode> Fields { get; }
    public override IEnumerable<SyntaxNode> GetChildren() => Fields;
}

/// <summary>ObjectField[Const] : Name : Value[?Const]</summary>
public sealed class ObjectFieldNode : SyntaxNode, INamedSyntaxNode
{
    public ObjectFieldNode(NameNode name, IValueNode value, Location? location = null) : base(location)
    {
        Name = name;
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.ObjectField;
    public NameNode Name { get; }
    public IValueNode Value { get; }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Name;
        yield return (SyntaxNode)Value;
    }
}
