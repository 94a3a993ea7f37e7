namespace Federation.GraphQL.Language;

// Spec 2.3 Operations, 2.4 Selection Sets, 2.5 Fields, 2.6 Arguments, 2.10 Variables
public ref partial struct Parser
{
    // OperationDefinition :
    //   - Description? OperationType Name? VariablesDefinition? Directives? SelectionSet
    //   - SelectionSet
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var mark = Begin();
        if (_lexer.Kind == TokenKind.BraceL)
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(OperationType.Query, null, Array.Empty<VariableDefinitionNode>(),
                Array.Empty<DirectiveNode>(), shorthand, null, Loc(mark));
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = _lexer.Kind == TokenKind.Name ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(operation, name, variables, directives, selectionSet, description, Loc(mark));
    }

    // OperationType : one of query mutation subscription
    private OperationType ParseOperationType()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            ThrowExpected(TokenKind.Name);
        }

        OperationType operation;
        if (_lexer.IsName("query"u8)) operation = OperationType.Query;
        else if (_lexer.IsName("mutation"u8)) operation = OperationType.Mutation;
        else if (_lexer.IsName("subscription"u8)) operation = OperationType.Subscription;
        else throw Unexpected(_lexer);

        Advance();
        return operation;
    }

    // VariablesDefinition : ( VariableDefinition+ )
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return Array.Empty<VariableDefinitionNode>();
        }

        var variables = new List<VariableDefinitionNode>();
        do
        {
            variables.Add(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return variables;
    }

    // VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?
    // DefaultValue : = Value[Const]
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var mark = Begin();
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives, description, Loc(mark));
    }

    // Variable : $ Name
    private VariableNode ParseVariable()
    {
        var mark = Begin();
        Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(name, Loc(mark));
    }

    // SelectionSet : { Selection+ }
    private SelectionSetNode ParseSelectionSet()
    {
        var mark = Begin();
        EnterNesting();
        Expect(TokenKind.BraceL);
        var selections = new List<ISelectionNode>();
        if (!_allowEmptySelectionSets || _lexer.Kind != TokenKind.BraceR)
        {
            do
            {
                selections.Add(ParseSelection());
            }
            while (_lexer.Kind != TokenKind.BraceR);
        }

        Advance();
        ExitNesting();
        return new SelectionSetNode(selections, Loc(mark));
    }

    // Selection : Field | FragmentSpread | InlineFragment
    private ISelectionNode ParseSelection()
        => _lexer.Kind == TokenKind.Spread ? ParseFragment() : ParseField();

    // Field : Alias? Name Arguments? Directives? SelectionSet?
    // Alias : Name :
    private FieldNode ParseField()
    {
        var mark = Begin();
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = _lexer.Kind == TokenKind.BraceL ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, Loc(mark));
    }

    // Arguments[Const] : ( Argument[?Const]+ )
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return Array.Empty<ArgumentNode>();
        }

        var arguments = new List<ArgumentNode>();
        do
        {
            arguments.Add(ParseArgument(isConst));
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return arguments;
    }

    // Argument[Const] : Name : Value[?Const]
    private ArgumentNode ParseArgument(bool isConst)
    {
        var mark = Begin();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode(name, value, Loc(mark));
    }
}
