namespace Federation.GraphQL.Language;

// Enter, visit and leave for the nodes of executable documents (spec 2.2-2.8, 2.12).
public abstract partial class SyntaxWalker
{
    protected virtual VisitAction EnterDocument(DocumentNode node) => Enter(node);
    protected virtual void LeaveDocument(DocumentNode node) => Leave(node);

    protected virtual void VisitDocument(DocumentNode node)
    {
        if (!Entered(EnterDocument(node)))
        {
            return;
        }

        VisitAll(node.Definitions);

        if (!_stopped) LeaveDocument(node);
    }

    protected virtual VisitAction EnterOperationDefinition(OperationDefinitionNode node) => Enter(node);
    protected virtual void LeaveOperationDefinition(OperationDefinitionNode node) => Leave(node);

    protected virtual void VisitOperationDefinition(OperationDefinitionNode node)
    {
        if (!Entered(EnterOperationDefinition(node)))
        {
            return;
        }

        if (node.Description is not null) Visit(node.Description);
        if (node.Name is not null) Visit(node.Name);
        VisitAll(node.VariableDefinitions);
        VisitAll(node.Directives);
        Visit(node.SelectionSet);

        if (!_stopped) LeaveOperationDefinition(node);
    }

    protected virtual VisitAction EnterVariableDefinition(VariableDefinitionNode node) => Enter(node);
    protected virtual void LeaveVariableDefinition(VariableDefinitionNode node) => Leave(node);

    protected virtual void VisitVariableDefinition(VariableDefinitionNode node)
    {
        if (!Entered(EnterVariableDefinition(node)))
        {
            return;
        }

        if (node.Description is not null) Visit(node.Description);
        Visit(node.Variable);
        Visit((SyntaxNode)node.Type);
        if (node.DefaultValue is not null) Visit((SyntaxNode)node.DefaultValue);
        VisitAll(node.Directives);

        if (!_stopped) LeaveVariableDefinition(node);
    }

    protected virtual VisitAction EnterSelectionSet(SelectionSetNode node) => Enter(node);
    protected virtual void LeaveSelectionSet(SelectionSetNode node) => Leave(node);

    protected virtual void VisitSelectionSet(SelectionSetNode node)
    {
        if (!Entered(EnterSelectionSet(node)))
        {
            return;
        }

        VisitAll(node.Selections);

        if (!_stopped) LeaveSelectionSet(node);
    }

    protected virtual VisitAction EnterField(FieldNode node) => Enter(node);
    protected virtual void LeaveField(FieldNode node) => Leave(node);

    protected virtual void VisitField(FieldNode node)
    {
        if (!Entered(EnterField(node)))
        {
            return;
        }

        if (node.Alias is not null) Visit(node.Alias);
        Visit(node.Name);
        VisitAll(node.Arguments);
        VisitAll(node.Directives);
        if (node.SelectionSet is not null) Visit(node.SelectionSet);

        if (!_stopped) LeaveField(node);
    }

    protected virtual VisitAction EnterArgument(ArgumentNode node) => Enter(node);
    protected virtual void LeaveArgument(ArgumentNode node) => Leave(node);

    protected virtual void VisitArgument(ArgumentNode node)
    {
        if (!Entered(EnterArgument(node)))
        {
            return;
        }

        Visit(node.Name);
        Visit((SyntaxNode)node.Value);

        if (!_stopped) LeaveArgument(node);
    }

    protected virtual VisitAction EnterFragmentSpread(FragmentSpreadNode node) => Enter(node);
    protected virtual void LeaveFragmentSpread(FragmentSpreadNode node) => Leave(node);

    protected virtual void VisitFragmentSpread(FragmentSpreadNode node)
    {
        if (!Entered(EnterFragmentSpread(node)))
        {
            return;
        }

        Visit(node.Name);
        VisitAll(node.Directives);

        if (!_stopped) LeaveFragmentSpread(node);
    }

    protected virtual VisitAction EnterInlineFragment(InlineFragmentNode node) => Enter(node);
    protected virtual void LeaveInlineFragment(InlineFragmentNode node) => Leave(node);

    protected virtual void VisitInlineFragment(InlineFragmentNode node)
    {
        if (!Entered(EnterInlineFragment(node)))
        {
            return;
        }

        if (node.TypeCondition is not null) Visit(node.TypeCondition);
        VisitAll(node.Directives);
        Visit(node.SelectionSet);

        if (!_stopped) LeaveInlineFragment(node);
    }

    protected virtual VisitAction EnterFragmentDefinition(FragmentDefinitionNode node) => Enter(node);
    protected virtual void LeaveFragmentDefinition(FragmentDefinitionNode node) => Leave(node);

    protected virtual void VisitFragmentDefinition(FragmentDefinitionNode node)
    {
        if (!Entered(EnterFragmentDefinition(node)))
        {
            return;
        }

        if (node.Description is not null) Visit(node.Description);
        Visit(node.Name);
        Visit(node.TypeCondition);
        VisitAll(node.Directives);
        Visit(node.SelectionSet);

        if (!_stopped) LeaveFragmentDefinition(node);
    }

    protected virtual VisitAction EnterDirective(DirectiveNode node) => Enter(node);
    protected virtual void LeaveDirective(DirectiveNode node) => Leave(node);

    protected virtual void VisitDirective(DirectiveNode node)
    {
        if (!Entered(EnterDirective(node)))
        {
            return;
        }

        Visit(node.Name);
        VisitAll(node.Arguments);

        if (!_stopped) LeaveDirective(node);
    }

    protected virtual VisitAction EnterName(NameNode node) => Enter(node);
    protected virtual void LeaveName(NameNode node) => Leave(node);

    protected virtual void VisitName(NameNode node)
    {
        if (!Entered(EnterName(node)))
        {
            return;
        }

        if (!_stopped) LeaveName(node);
    }
}
