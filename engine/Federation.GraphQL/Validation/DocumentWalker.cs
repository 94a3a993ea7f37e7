using System.Numerics;
using Federation.GraphQL.Language;

namespace Federation.GraphQL.Validation;

/// <summary>
/// Walks a document once in graphql-js visiting order (descriptions skipped), keeping <see cref="TypeInfo"/> current
/// and calling, at each node, the hooks of the rules that asked for them, in rule order.
/// </summary>
internal sealed class DocumentWalker
{
    private static readonly int HookCount = BitOperations.Log2((ulong)RuleHooks.EnterTypeSystemDefinition) + 1;

    // The rules of each hook, as indices into the rule instances; shared by the validations that run rules with the
    // same hooks (every validation with the same rule list), so that a walk allocates no per-hook arrays.
    private static HookLayout? s_lastLayout;

    private readonly ValidationContext _context;
    private readonly TypeInfo _typeInfo;
    private readonly ValidationRule[] _instances;
    private readonly int[][] _rules;

    public DocumentWalker(ValidationContext context, ValidationRule[] rules)
    {
        _context = context;
        _typeInfo = context.TypeInfo;
        _instances = rules;
        var layout = s_lastLayout;
        if (layout is null || !layout.Matches(rules))
        {
            layout = new HookLayout(rules);
            s_lastLayout = layout;
        }
        _rules = layout.RulesByHook;
    }

    private HookRules RulesFor(RuleHooks hook) => new(_instances, _rules[BitOperations.TrailingZeroCount((ulong)hook)]);

    /// <summary>Which rules (by index) asked for each hook, computed from the rules' <see cref="ValidationRule.Hooks"/>.</summary>
    private sealed class HookLayout
    {
        private readonly RuleHooks[] _hooks;

        public HookLayout(IReadOnlyList<ValidationRule> rules)
        {
            _hooks = new RuleHooks[rules.Count];
            var lists = new List<int>[HookCount];
            for (var i = 0; i < HookCount; i++) lists[i] = [];
            for (var r = 0; r < rules.Count; r++)
            {
                _hooks[r] = rules[r].Hooks;
                var hooks = (ulong)_hooks[r];
                while (hooks != 0)
                {
                    lists[BitOperations.TrailingZeroCount(hooks)].Add(r);
                    hooks &= hooks - 1;
                }
            }
            RulesByHook = new int[HookCount][];
            for (var i = 0; i < HookCount; i++) RulesByHook[i] = [.. lists[i]];
        }

        public int[][] RulesByHook { get; }

        public bool Matches(IReadOnlyList<ValidationRule> rules)
        {
            if (rules.Count != _hooks.Length) return false;
            for (var r = 0; r < _hooks.Length; r++)
            {
                if (rules[r].Hooks != _hooks[r]) return false;
            }
            return true;
        }
    }

    /// <summary>The rules of one hook in rule order (a struct enumerable: <c>foreach</c> allocates nothing).</summary>
    private readonly struct HookRules(ValidationRule[] instances, int[] indices)
    {
        public Enumerator GetEnumerator() => new(instances, indices);

        public struct Enumerator(ValidationRule[] instances, int[] indices)
        {
            private int _next = -1;

            public readonly ValidationRule Current => instances[indices[_next]];

            public bool MoveNext() => ++_next < indices.Length;
        }
    }

    public void Walk(DocumentNode document)
    {
        foreach (var rule in RulesFor(RuleHooks.EnterDocument)) rule.EnterDocument(document);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode operation: VisitOperation(operation); break;
                case FragmentDefinitionNode fragment: VisitFragmentDefinition(fragment); break;
                case ITypeSystemDefinitionNode typeSystem: VisitTypeSystemDefinition(typeSystem); break;
            }
        }
        foreach (var rule in RulesFor(RuleHooks.LeaveDocument)) rule.LeaveDocument(document);
    }

    private void VisitOperation(OperationDefinitionNode node)
    {
        _typeInfo.EnterOperation(node);
        foreach (var rule in RulesFor(RuleHooks.EnterOperation)) rule.EnterOperation(node);
        foreach (var variable in node.VariableDefinitions) VisitVariableDefinition(variable);
        VisitDirectives(node.Directives, node);
        VisitSelectionSet(node.SelectionSet, node);
        foreach (var rule in RulesFor(RuleHooks.LeaveOperation)) rule.LeaveOperation(node);
        _typeInfo.LeaveOperation();
    }

    private void VisitVariableDefinition(VariableDefinitionNode node)
    {
        _typeInfo.EnterVariableDefinition(node);
        foreach (var rule in RulesFor(RuleHooks.EnterVariableDefinition)) rule.EnterVariableDefinition(node);
        VisitValue(node.Variable);
        VisitType(node.Type);
        if (node.DefaultValue is not null) VisitValue(node.DefaultValue);
        VisitDirectives(node.Directives, node);
        foreach (var rule in RulesFor(RuleHooks.LeaveVariableDefinition)) rule.LeaveVariableDefinition(node);
        _typeInfo.LeaveVariableDefinition();
    }

    private void VisitType(ITypeNode type)
    {
        switch (type)
        {
            case NamedTypeNode named:
                foreach (var rule in RulesFor(RuleHooks.EnterNamedType)) rule.EnterNamedType(named);
                break;
            case ListTypeNode list: VisitType(list.Type); break;
            case NonNullTypeNode nonNull: VisitType(nonNull.Type); break;
        }
    }

    private void VisitFragmentDefinition(FragmentDefinitionNode node)
    {
        _typeInfo.EnterFragment(node.TypeCondition);
        foreach (var rule in RulesFor(RuleHooks.EnterFragmentDefinition)) rule.EnterFragmentDefinition(node);
        VisitType(node.TypeCondition);
        VisitDirectives(node.Directives, node);
        VisitSelectionSet(node.SelectionSet, node);
        foreach (var rule in RulesFor(RuleHooks.LeaveFragmentDefinition)) rule.LeaveFragmentDefinition(node);
        _typeInfo.LeaveFragment();
    }

    private void VisitSelectionSet(SelectionSetNode node, SyntaxNode parent)
    {
        _typeInfo.EnterSelectionSet();
        foreach (var rule in RulesFor(RuleHooks.EnterSelectionSet)) rule.EnterSelectionSet(node, parent);
        var selections = node.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field: VisitField(field); break;
                case FragmentSpreadNode spread: VisitFragmentSpread(spread); break;
                case InlineFragmentNode inline: VisitInlineFragment(inline); break;
            }
        }
        foreach (var rule in RulesFor(RuleHooks.LeaveSelectionSet)) rule.LeaveSelectionSet(node, parent);
        _typeInfo.LeaveSelectionSet();
    }

    private void VisitField(FieldNode node)
    {
        _typeInfo.EnterField(node);
        foreach (var rule in RulesFor(RuleHooks.EnterField)) rule.EnterField(node);
        VisitArguments(node.Arguments);
        VisitDirectives(node.Directives, node);
        if (node.SelectionSet is not null) VisitSelectionSet(node.SelectionSet, node);
        foreach (var rule in RulesFor(RuleHooks.LeaveField)) rule.LeaveField(node);
        _typeInfo.LeaveField();
    }

    private void VisitFragmentSpread(FragmentSpreadNode node)
    {
        foreach (var rule in RulesFor(RuleHooks.EnterFragmentSpread)) rule.EnterFragmentSpread(node);
        VisitDirectives(node.Directives, node);
        foreach (var rule in RulesFor(RuleHooks.LeaveFragmentSpread)) rule.LeaveFragmentSpread(node);
    }

    private void VisitInlineFragment(InlineFragmentNode node)
    {
        _typeInfo.EnterFragment(node.TypeCondition);
        foreach (var rule in RulesFor(RuleHooks.EnterInlineFragment)) rule.EnterInlineFragment(node);
        if (node.TypeCondition is not null) VisitType(node.TypeCondition);
        VisitDirectives(node.Directives, node);
        VisitSelectionSet(node.SelectionSet, node);
        foreach (var rule in RulesFor(RuleHooks.LeaveInlineFragment)) rule.LeaveInlineFragment(node);
        _typeInfo.LeaveFragment();
    }

    private void VisitDirectives(IReadOnlyList<DirectiveNode> directives, SyntaxNode owner)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            var node = directives[i];
            _typeInfo.EnterDirective(node);
            foreach (var rule in RulesFor(RuleHooks.EnterDirective)) rule.EnterDirective(node, owner);
            VisitArguments(node.Arguments);
            foreach (var rule in RulesFor(RuleHooks.LeaveDirective)) rule.LeaveDirective(node, owner);
            _typeInfo.LeaveDirective();
        }
    }

    private void VisitArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            var node = arguments[i];
            _typeInfo.EnterArgument(node);
            foreach (var rule in RulesFor(RuleHooks.EnterArgument)) rule.EnterArgument(node);
            VisitValue(node.Value);
            foreach (var rule in RulesFor(RuleHooks.LeaveArgument)) rule.LeaveArgument(node);
            _typeInfo.LeaveArgument();
        }
    }

    private void VisitValue(IValueNode node)
    {
        var kind = node.Kind;
        if (kind == SyntaxKind.ListValue) _typeInfo.EnterListValue();
        else if (kind == SyntaxKind.EnumValue) _typeInfo.EnterEnumValue((EnumValueNode)node);
        foreach (var rule in RulesFor(RuleHooks.EnterValue)) rule.EnterValue(node);
        if (kind == SyntaxKind.ListValue)
        {
            _context.ValueDepth++;
            foreach (var item in ((ListValueNode)node).Items) VisitValue(item);
            _context.ValueDepth--;
        }
        else if (kind == SyntaxKind.ObjectValue)
        {
            _context.ValueDepth++;
            foreach (var field in ((ObjectValueNode)node).Fields)
            {
                _typeInfo.EnterObjectField(field);
                foreach (var rule in RulesFor(RuleHooks.EnterObjectField)) rule.EnterObjectField(field);
                VisitValue(field.Value);
                foreach (var rule in RulesFor(RuleHooks.LeaveObjectField)) rule.LeaveObjectField(field);
                _typeInfo.LeaveInputPosition();
            }
            _context.ValueDepth--;
        }
        foreach (var rule in RulesFor(RuleHooks.LeaveValue)) rule.LeaveValue(node);
        if (kind == SyntaxKind.ListValue) _typeInfo.LeaveInputPosition();
        else if (kind == SyntaxKind.EnumValue) _typeInfo.LeaveEnumValue();
    }

    /// <summary>Type-system nodes in an executable document: rules still check their type names and directives.</summary>
    private void VisitTypeSystemDefinition(ITypeSystemDefinitionNode node)
    {
        foreach (var rule in RulesFor(RuleHooks.EnterTypeSystemDefinition)) rule.EnterTypeSystemDefinition(node);
        VisitTypeSystemChildren((SyntaxNode)node);
    }

    private void VisitTypeSystemChildren(SyntaxNode node)
    {
        foreach (var child in node.GetChildren())
        {
            switch (child)
            {
                case StringValueNode when child.Kind == SyntaxKind.StringValue && IsDescription(node, child):
                    break;
                case DirectiveNode directive:
                    VisitDirectives([directive], node);
                    break;
                case NamedTypeNode or ListTypeNode or NonNullTypeNode:
                    VisitType((ITypeNode)child);
                    break;
                case IValueNode value:
                    VisitValue(value);
                    break;
                case NameNode:
                    break;
                default:
                    if (child is ITypeSystemDefinitionNode nested)
                    {
                        foreach (var rule in RulesFor(RuleHooks.EnterTypeSystemDefinition)) rule.EnterTypeSystemDefinition(nested);
                    }
                    VisitTypeSystemChildren(child);
                    break;
            }
        }
    }

    private static bool IsDescription(SyntaxNode parent, SyntaxNode child) => parent switch
    {
        TypeSystemNode t => ReferenceEquals(t.Description, child),
        FieldDefinitionNode f => ReferenceEquals(f.Description, child),
        InputValueDefinitionNode i => ReferenceEquals(i.Description, child),
        EnumValueDefinitionNode e => ReferenceEquals(e.Description, child),
        DirectiveDefinitionNode d => ReferenceEquals(d.Description, child),
        _ => false,
    };
}
