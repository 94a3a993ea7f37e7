using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Validation;

/// <summary>
/// Tracks, while a document is walked, the types that apply at the current node: the output type, the parent
/// composite type, the field definition, the expected input type, the default value, the directive, the argument
/// and the enum value. The walker calls Enter/Leave in document order; the stacks are reused between nodes.
/// </summary>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<Field?> _fieldDefStack = [];
    private readonly List<IValueNode?> _defaultValueStack = [];

    public TypeInfo(Schema schema) => _schema = schema;

    /// <summary>The output type of the current field, operation or fragment.</summary>
    public GraphQLType? Type => Top(_typeStack);

    /// <summary>The composite type whose selection set is being walked.</summary>
    public NamedType? ParentType => Top(_parentTypeStack);

    /// <summary>The input type expected for the current value.</summary>
    public GraphQLType? InputType => Top(_inputTypeStack);

    /// <summary>The input type enclosing the current value (the list or input object type, or the argument's type for a list).</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public Field? FieldDef => Top(_fieldDefStack);

    /// <summary>The default value of the current argument or input field; null when it has none.</summary>
    public IValueNode? DefaultValue => Top(_defaultValueStack);

    public DirectiveDefinition? Directive { get; private set; }

    public InputValue? Argument { get; private set; }

    public EnumValue? EnumValue { get; private set; }

    private static T? Top<T>(List<T?> stack) where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);

    public void EnterOperation(OperationDefinitionNode node) => _typeStack.Add(_schema.GetRootType(node.Operation));

    public void LeaveOperation() => Pop(_typeStack);

    public void EnterSelectionSet()
    {
        var named = Type?.NamedType();
        _parentTypeStack.Add(named is not null && named.IsCompositeType() ? named : null);
    }

    public void LeaveSelectionSet() => Pop(_parentTypeStack);

    public void EnterField(FieldNode node)
    {
        var parent = ParentType;
        var fieldDef = parent is null ? null : _schema.GetFieldDefinition(parent, node.Name.Value);
        _fieldDefStack.Add(fieldDef);
        _typeStack.Add(fieldDef is not null && fieldDef.Type.IsOutputType() ? fieldDef.Type : null);
    }

    public void LeaveField()
    {
        Pop(_fieldDefStack);
        Pop(_typeStack);
    }

    public void EnterDirective(DirectiveNode node) => Directive = _schema.GetDirective(node.Name.Value);

    public void LeaveDirective() => Directive = null;

    /// <summary>Inline fragments and fragment definitions: the type condition, or the enclosing type when there is none.</summary>
    public void EnterFragment(NamedTypeNode? typeCondition)
    {
        GraphQLType? type = typeCondition is not null ? _schema.GetType(typeCondition.Name.Value) : Type?.NamedType();
        _typeStack.Add(type is not null && type.IsOutputType() ? type : null);
    }

    public void LeaveFragment() => Pop(_typeStack);

    public void EnterVariableDefinition(VariableDefinitionNode node)
    {
        var type = _schema.TypeFromAst(node.Type);
        _inputTypeStack.Add(type is not null && type.IsInputType() ? type : null);
    }

    public void LeaveVariableDefinition() => Pop(_inputTypeStack);

    public void EnterArgument(ArgumentNode node)
    {
        InputValue? argDef = null;
        if (Directive is { } directive) argDef = directive.Arguments[node.Name.Value];
        else if (FieldDef is { } field) argDef = field.Arguments[node.Name.Value];
        Argument = argDef;
        _defaultValueStack.Add(argDef?.DefaultValue);
        _inputTypeStack.Add(argDef is not null && argDef.Type.IsInputType() ? argDef.Type : null);
    }

    public void LeaveArgument()
    {
        Argument = null;
        Pop(_defaultValueStack);
        Pop(_inputTypeStack);
    }

    public void EnterListValue()
    {
        var listType = InputType?.NullableType() as ListType;
        _defaultValueStack.Add(null);
        _inputTypeStack.Add(listType?.OfType);
    }

    public void EnterObjectField(ObjectFieldNode node)
    {
        InputValue? field = null;
        if (InputType?.NamedType() is InputObjectType objectType) field = objectType.Fields[node.Name.Value];
        _defaultValueStack.Add(field?.DefaultValue);
        _inputTypeStack.Add(field is not null && field.Type.IsInputType() ? field.Type : null);
    }

    /// <summary>Leaves a list value or an object field.</summary>
    public void LeaveInputPosition()
    {
        Pop(_defaultValueStack);
        Pop(_inputTypeStack);
    }

    public void EnterEnumValue(EnumValueNode node)
        => EnumValue = InputType?.NamedType() is EnumType enumType ? enumType.GetValue(node.Value) : null;

    public void LeaveEnumValue() => EnumValue = null;
}
