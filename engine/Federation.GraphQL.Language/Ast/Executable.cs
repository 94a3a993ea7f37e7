namespace Federation.GraphQL.Language;

/// <summary>OperationType : one of query mutation subscription</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

/// <summary>OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet</summary>
public sealed class OperationDefinitionNode : SyntaxNode, IExecutableDefinitionNode, IHasDirectives
{
    public OperationDefinitionNode(
        OperationType operation,
        NameNode? name,
        IReadOnlyList<VariableDefinitionNode> variableDefinitions,
        IReadOnlyList<DirectiveNode> directives,
        SelectionSetNode selectionSet,
        StringValueNode? description = null,
        Location? location = null) : base(location)
    {
        Operation = operation;
        Name = name;
        VariableDefinitions = variableDefinitions;
        Directives = directives;
        SelectionSet = selectionSet;
        Description = description;
    }

    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;
    public OperationType Operation { get; }
    public NameNode? Name { get; }
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; }
    public IReadOnlyList<DirectiveNode> Directives { get; }
    public SelectionSetNode SelectionSet { get; }
    public StringValueNode? Description { get; }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (Description is not null) yield return Description;
        if (Name is not null) yield return Name;
        foreach (var v in VariableDefinitions) yield return v;
        foreach (var d in Directives) yield return d;
        yield return SelectionSet;
    }
}

/// <summary>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?</summary>
public sealed class VariableDefinitionNode : SyntaxNode, IHasDirectives
{
    public VariableDefinitionNode(
        VariableNode variable,
        ITypeNode type,
        IValueNode? defaultValue,
        IReadOnlyList<DirectiveNode> directives,
        StringValueNode? description = null,
        Location? location = null) : base(location)
    {
        Variable = variable;
        Type = type;
        DefaultValue = defaultValue;
        Directives = directives;
        Description = description;
    }

    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;
    public VariableNode Variable { get; }
    public ITypeNode Type { get; }
    public IValueNode? DefaultValue { get; }
    public IReadOnlyList<DirectiveNode> Directives { get; }
    public StringValueNode? Description { get; }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (Description is not null) yield return Description;
        yield return Variable;
        yield return (SyntaxNode)Type;
        if (DefaultValue is not null) yield return (SyntaxNode)DefaultValue;
        foreach (var d in Directives) yield return d;
    }
}

/// <summary>SelectionSet : { Selection+ }</summary>
public sealed class SelectionSetNode : SyntaxNode
{
    public SelectionSetNode(IReadOnlyList<ISelectionNode> selections, Location? location = null) : base(location)
        => Selections = selections;

    public override SyntaxKind Kind => SyntaxKind.SelectionSet;
    public IReadOnlyList<ISelectionNode> Selections { get; }
    public override IEnumerable<SyntaxNode> GetChildren() => Selections.Cast<SyntaxNode>();
}

/// <summary>Selection : Field | FragmentSpread | InlineFragment</summary>
public interface ISelectionNode : IHasDirectives
{
    SyntaxKind Kind { get; }
    Location? Location { get; }
}

/// <summary>Field : Alias? Name Arguments? Directives? SelectionSet?</summary>
public sealed class FieldNode : SyntaxNode, ISelectionNode
{
    public FieldNode(
        NameNode? alias,
        NameNode name,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyList<DirectiveNode> directives,
        SelectionSetNode? selectionSet,
        Location? location = null) : base(location)
    {
        Alias = alias;
        Name = name;
        Arguments = arguments;
        Directives = directives;
        SelectionSet = selectionSet;
    }

    public override SyntaxKind Kind => SyntaxKind.Field;
    public NameNode? Alias { get; }
    public NameNode Name { get; }
    public IReadOnlyList<ArgumentNode> Arguments { get; }
    public IReadOnlyList<DirectiveNode> Directives { get; }
    public SelectionSetNode? SelectionSet { get; }

    /// <summary>The key of this field in the response: the alias if present, else the name.</summary>
    public string ResponseName => Alias?.Value ?? Name.Value;

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (Alias is not null) yield return Alias;
        yield return Name;
        foreach (var a in Arguments) yield return a;
        foreach (var d in Directives) yield return d;
        if (SelectionSet is not null) yield return SelectionSet;
    }
}

/// <summary>Argument[Const] : Name : Value[?Const]</summary>
public sealed class ArgumentNode : SyntaxNode, INamedSyntaxNode
{
    public ArgumentNode(NameNode name, IValueNode value, Location? location = null) : base(location)
    {
        Name = name;
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.Argument;
    public NameNode Name { get; }
    public IValueNode Value { get; }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Name;
        yield return (SyntaxNode)Value;
    }
}

/// <summary>FragmentSpread : ... FragmentName Directives?</summary>
public sealed class FragmentSpreadNode : SyntaxNode, ISelectionNode, INamedSyntaxNode
{
    public FragmentSpreadNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location? location = null) : base(location)
    {
        Name = name;
        Directives = directives;
    }

    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;
    public NameNode Name { get; }
    public IReadOnlyList<DirectiveNode> Directives { get; }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Name;
        foreach (var d in Directives) yield return d;
    }
}

/// <summary>InlineFragment : ... TypeCondition? Directives? SelectionSet</summary>
public sealed class InlineFragmentNode : SyntaxNode, ISelectionNode
{
    public InlineFragmentNode(
        NamedTypeNode? typeCondition,
        IReadOnlyList<DirectiveNode> directives,
        SelectionSetNode selectionSet,
        Location? location = null) : base(location)
    {
        TypeCondition = typeCondition;
        Directives = directives;
        SelectionSet = selectionSet;
    }

    public override SyntaxKind Kind => SyntaxKind.InlineFragment;
    public NamedTypeNode? TypeCondition { get; }
    public IReadOnlyList<DirectiveNode> Directives { get; }
    public SelectionSetNode SelectionSet { get; }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (TypeCondition is not null) yield return TypeCondition;
        foreach (var d in Directives) yield return d;
        yield return SelectionSet;
    }
}

/// <summary>FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet</summary>
public sealed class FragmentDefinitionNode : SyntaxNode, IExecutableDefinitionNode, INamedSyntaxNode
{
    public FragmentDefinitionNode(
        NameNode name,
        NamedTypeNode typeCondition,
        IReadOnlyList<DirectiveNode> directives,
        SelectionSetNode selectionSet,
        StringValueNode? description = null,
        Location? location = null) : base(location)
    {
        Name = name;
        TypeCondition = typeCondition;
        Directives = directives;
        SelectionSet = selectionSet;
        Description = description;
    }

    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;
    public NameNode Name { get; }
    public NamedTypeNode TypeCondition { get; }
    public IReadOnlyList<DirectiveNode> Directives { get; }
    public SelectionSetNode SelectionSet { get; }
    public StringValueNode? Description { get; }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (Description is not null) yield return Description;
        yield return Name;
        yield return TypeCondition;
        foreach (var d in Directives) yield return d;
        yield return SelectionSet;
    }
}

/// <summary>Directive[Const] : @ Name Arguments[?Const]?</summary>
public sealed class DirectiveNode : SyntaxNode, INamedSyntaxNode
{
    public DirectiveNode(NameNode name, IReadOnlyList<ArgumentNode> arguments, Location? location = null) : base(location)
    {
        Name = name;
        Arguments = arguments;
    }

    public override SyntaxKind Kind => SyntaxKind.Directive;
    public NameNode Name { get; }
    public IReadOnlyList<ArgumentNode> Arguments { get; }

    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Name;
        foreach (var a in Arguments) yield return a;
    }
}
