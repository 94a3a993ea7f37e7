namespace Federation.GraphQL.Language;

// Spec 3 Type System: schema, type definitions and their extensions (grammar in Appendix C).
public ref partial struct Parser
{
    // SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var mark = Begin();
        var description = ParseDescription();
        ExpectKeyword("schema"u8);
        var directives = ParseDirectives(isConst: true);
        Expect(TokenKind.BraceL);
        var operationTypes = ParseOperationTypeDefinitionsAfterBrace();
        return new SchemaDefinitionNode(description, directives, operationTypes, Loc(mark));
    }

    private List<OperationTypeDefinitionNode> ParseOperationTypeDefinitionsAfterBrace()
    {
        var operationTypes = new List<OperationTypeDefinitionNode>();
        do
        {
            operationTypes.Add(ParseOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return operationTypes;
    }

    // RootOperationTypeDefinition : OperationType : NamedType
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var mark = Begin();
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode(operation, type, Loc(mark));
    }

    // ScalarTypeDefinition : Description? scalar Name Directives[Const]?
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var mark = Begin();
        var description = ParseDescription();
        ExpectKeyword("scalar"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(description, name, directives, false, Loc(mark));
    }

    // ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var mark = Begin();
        var description = ParseDescription();
        ExpectKeyword("type"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields, false, Loc(mark));
    }

    // ImplementsInterfaces : ImplementsInterfaces & NamedType | implements `&`? NamedType
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces()
    {
        if (!ExpectOptionalKeyword("implements"u8))
        {
            return Array.Empty<NamedTypeNode>();
        }

        return ParseDelimitedNamedTypes(TokenKind.Amp);
    }

    private List<NamedTypeNode> ParseDelimitedNamedTypes(TokenKind delimiter)
    {
        ExpectOptional(delimiter);
        var types = new List<NamedTypeNode>();
        do
        {
            types.Add(ParseNamedType());
        }
        while (ExpectOptional(delimiter));

        return types;
    }

    // FieldsDefinition : { FieldDefinition+ }
    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return Array.Empty<FieldDefinitionNode>();
        }

        var fields = new List<FieldDefinitionNode>();
        do
        {
            fields.Add(ParseFieldDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return fields;
    }

    // FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var mark = Begin();
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(description, name, arguments, type, directives, Loc(mark));
    }

    // ArgumentsDefinition : ( InputValueDefinition+ )
    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions()
        => ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);

    // InputFieldsDefinition : { InputValueDefinition+ }
    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition()
        => ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);

    private IReadOnlyList<InputValueDefinitionNode> ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!ExpectOptional(open))
        {
            return Array.Empty<InputValueDefinitionNode>();
        }

        var values = new List<InputValueDefinitionNode>();
        do
        {
            values.Add(ParseInputValueDefinition());
        }
        while (!ExpectOptional(close));

        return values;
    }

    // InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var mark = Begin();
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(description, name, type, defaultValue, directives, Loc(mark));
    }

    // InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var mark = Begin();
        var description = ParseDescription();
        ExpectKeyword("interface"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields, false, Loc(mark));
    }

    // UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var mark = Begin();
        var description = ParseDescription();
        ExpectKeyword("union"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(description, name, directives, types, false, Loc(mark));
    }

    // UnionMemberTypes : UnionMemberTypes | NamedType | = `|`? NamedType
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes()
        => ExpectOptional(TokenKind.Equals) ? ParseDelimitedNamedTypes(TokenKind.Pipe) : Array.Empty<NamedTypeNode>();

    // EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var mark = Begin();
        var description = ParseDescription();
        ExpectKeyword("enum"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(description, name, directives, values, false, Loc(mark));
    }

    // EnumValuesDefinition : { EnumValueDefinition+ }
    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return Array.Empty<EnumValueDefinitionNode>();
        }

        var values = new List<EnumValueDefinitionNode>();
        do
        {
            values.Add(ParseEnumValueDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return values;
    }

    // EnumValueDefinition : Description? EnumValue Directives[Const]?
    // EnumValue : Name but not `true`, `false` or `null`
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var mark = Begin();
        var description = ParseDescription();
        if (_lexer.IsName("true"u8) || _lexer.IsName("false"u8) || _lexer.IsName("null"u8))
        {
            ThrowAtCurrent($"{DescribeToken(_lexer)} is reserved and cannot be used for an enum value.");
        }

        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode(description, name, directives, Loc(mark));
    }

    // InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var mark = Begin();
        var description = ParseDescription();
        ExpectKeyword("input"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode(description, name, directives, fields, false, Loc(mark));
    }
}
