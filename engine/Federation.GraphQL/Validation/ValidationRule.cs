using Federation.GraphQL.Language;

namespace Federation.GraphQL.Validation;

/// <summary>The walker callbacks a rule takes part in; the walker calls only the rules that asked for a hook.</summary>
[Flags]
public enum RuleHooks : long
{
    None = 0,
    EnterDocument = 1L << 0,
    LeaveDocument = 1L << 1,
    EnterOperation = 1L << 2,
    LeaveOperation = 1L << 3,
    EnterVariableDefinition = 1L << 4,
    LeaveVariableDefinition = 1L << 5,
    EnterSelectionSet = 1L << 6,
    LeaveSelectionSet = 1L << 7,
    EnterField = 1L << 8,
    LeaveField = 1L << 9,
    EnterArgument = 1L << 10,
    LeaveArgument = 1L << 11,
    EnterFragmentSpread = 1L << 12,
    LeaveFragmentSpread = 1L << 13,
    EnterInlineFragment = 1L << 14,
    LeaveInlineFragment = 1L << 15,
    EnterFragmentDefinition = 1L << 16,
    LeaveFragmentDefinition = 1L << 17,
    EnterDirective = 1L << 18,
    LeaveDirective = 1L << 19,
    EnterNamedType = 1L << 20,
    EnterValue = 1L << 21,
    LeaveValue = 1L << 22,
    EnterObjectField = 1L << 23,
    LeaveObjectField = 1L << 24,
    /// <summary>Type-system definitions and extensions (only in documents that wrongly hold them).</summary>
    EnterTypeSystemDefinition = 1L << 25,
}

/// <summary>
/// A validation rule (spec section 5). A new instance serves one validation run, so a rule keeps its state in fields.
/// The walker visits the document once, maintaining <see cref="ValidationContext.TypeInfo"/>, and calls the hooks
/// named by <see cref="Hooks"/> in document order; at one node, rules run in the order of <see cref="ValidationRules.Specified"/>.
/// </summary>
public abstract class ValidationRule
{
    private ValidationContext? _context;

    protected ValidationContext Context => _context ?? throw new InvalidOperationException("The rule has not been started.");

    public abstract RuleHooks Hooks { get; }

    internal void Start(ValidationContext context)
    {
        _context = context;
        OnStart();
    }

    /// <summary>Called once before the walk.</summary>
    protected virtual void OnStart() { }

    protected void ReportError(string message, params SyntaxNode?[] nodes) => Context.ReportError(GraphQLError.At(message, nodes));

    public virtual void EnterDocument(DocumentNode node) { }
    public virtual void LeaveDocument(DocumentNode node) { }
    public virtual void EnterOperation(OperationDefinitionNode node) { }
    public virtual void LeaveOperation(OperationDefinitionNode node) { }
    public virtual void EnterVariableDefinition(VariableDefinitionNode node) { }
    public virtual void LeaveVariableDefinition(VariableDefinitionNode node) { }
    public virtual void EnterSelectionSet(SelectionSetNode node, SyntaxNode parent) { }
    public virtual void LeaveSelectionSet(SelectionSetNode node, SyntaxNode parent) { }
    public virtual void EnterField(FieldNode node) { }
    public virtual void LeaveField(FieldNode node) { }
    public virtual void EnterArgument(ArgumentNode node) { }
    public virtual void LeaveArgument(ArgumentNode node) { }
    public virtual void EnterFragmentSpread(FragmentSpreadNode node) { }
    public virtual void LeaveFragmentSpread(FragmentSpreadNode node) { }
    public virtual void EnterInlineFragment(InlineFragmentNode node) { }
    public virtual void LeaveInlineFragment(InlineFragmentNode node) { }
    public virtual void EnterFragmentDefinition(FragmentDefinitionNode node) { }
    public virtual void LeaveFragmentDefinition(FragmentDefinitionNode node) { }

    /// <summary>A directive; <paramref name="owner"/> is the node it is applied to.</summary>
    public virtual void EnterDirective(DirectiveNode node, SyntaxNode owner) { }
    public virtual void LeaveDirective(DirectiveNode node, SyntaxNode owner) { }
    public virtual void EnterNamedType(NamedTypeNode node) { }

    /// <summary>Any value node, variables included. <see cref="ValidationContext.ValueDepth"/> is 0 for the value of an argument or a default value.</summary>
    public virtual void EnterValue(IValueNode node) { }
    public virtual void LeaveValue(IValueNode node) { }
    public virtual void EnterObjectField(ObjectFieldNode node) { }
    public virtual void LeaveObjectField(ObjectFieldNode node) { }
    public virtual void EnterTypeSystemDefinition(ITypeSystemDefinitionNode node) { }
}
