namespace Federation.GraphQL.Language;

// Spec 2.12 Directives, 3.13 Directive definitions
public ref partial struct Parser
{
    // Directives[Const] : Directive[?Const]+
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (_lexer.Kind != TokenKind.At)
        {
            return Array.Empty<DirectiveNode>();
        }

        var directives = new List<DirectiveNode>();
        do
        {
            directives.Add(ParseDirective(isConst));
        }
        while (_lexer.Kind == TokenKind.At);

        return directives;
    }

    // Directive[Const] : @ Name Arguments[?Const]?
    private DirectiveNode ParseDirective(bool isConst)
    {
        var mark = Begin();
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode(name, arguments, Loc(mark));
    }

    // DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var mark = Begin();
        var description = ParseDescription();
        ExpectKeyword("directive"u8);
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable"u8);
        ExpectKeyword("on"u8);
        var locations = ParseDirectiveLocations();
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations, Loc(mark));
    }

    // DirectiveLocations : DirectiveLocations | DirectiveLocation | `|`? DirectiveLocation
    private IReadOnlyList<NameNode> ParseDirectiveLocations()
    {
        ExpectOptional(TokenKind.Pipe);
        var locations = new List<NameNode>();
        do
        {
            locations.Add(ParseDirectiveLocation());
        }
        while (ExpectOptional(TokenKind.Pipe));

        return locations;
    }

    // DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation
    private NameNode ParseDirectiveLocation()
    {
        var start = _lexer;
        var name = ParseName();
        if (!IsDirectiveLocation(name.Value))
        {
            throw Unexpected(start);
        }

        return name;
    }

    private static bool IsDirectiveLocation(string name) => name switch
    {
        "QUERY" or "MUTATION" or "SUBSCRIPTION" or "FIELD" or "FRAGMENT_DEFINITION" or "FRAGMENT_SPREAD"
            or "INLINE_FRAGMENT" or "VARIABLE_DEFINITION" => true,
        "SCHEMA" or "SCALAR" or "OBJECT" or "FIELD_DEFINITION" or "ARGUMENT_DEFINITION" or "INTERFACE" or "UNION"
            or "ENUM" or "ENUM_VALUE" or "INPUT_OBJECT" or "INPUT_FIELD_DEFINITION" => true,
        _ => false,
    };
}
