namespace Federation.GraphQL.Language;

// Spec 2.11 Type References
public ref partial struct Parser
{
    // Type : NamedType | ListType | NonNullType
    // ListType : [ Type ]
    // NonNullType : NamedType ! | ListType !
    private ITypeNode ParseTypeReference()
    {
        var mark = Begin();
        ITypeNode type;
        if (ExpectOptional(TokenKind.BracketL))
        {
            EnterNesting();
            var inner = ParseTypeReference();
            Expect(TokenKind.BracketR);
            ExitNesting();
            type = new ListTypeNode(inner, Loc(mark));
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode(type, Loc(mark)) : type;
    }

    // NamedType : Name
    private NamedTypeNode ParseNamedType()
    {
        var mark = Begin();
        var name = ParseName();
        return new NamedTypeNode(name, Loc(mark));
    }
}
