namespace Federation.GraphQL.Language;

// Spec 2.8 Fragments
public ref partial struct Parser
{
    // FragmentSpread : ... FragmentName Directives?
    // InlineFragment : ... TypeCondition? Directives? SelectionSet
    private ISelectionNode ParseFragment()
    {
        var mark = Begin();
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on"u8);
        if (!hasTypeCondition && _lexer.Kind == TokenKind.Name)
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives, Loc(mark));
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet, Loc(mark));
    }

    // FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet
    // TypeCondition : on NamedType
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var mark = Begin();
        var description = ParseDescription();
        ExpectKeyword("fragment"u8);
        var name = ParseFragmentName();
        ExpectKeyword("on"u8);
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(name, typeCondition, directives, selectionSet, description, Loc(mark));
    }

    // FragmentName : Name but not `on`
    private NameNode ParseFragmentName()
    {
        if (_lexer.IsName("on"u8))
        {
            ThrowUnexpected();
        }

        return ParseName();
    }
}
