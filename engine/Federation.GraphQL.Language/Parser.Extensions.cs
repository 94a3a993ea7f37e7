namespace Federation.GraphQL.Language;

// Spec 3.3.2 Schema Extension and the type extensions of 3.4-3.10: every form must extend something.
public ref partial struct Parser
{
    // TypeSystemExtension : SchemaExtension | TypeExtension
    private IDefinitionNode ParseTypeSystemExtension()
    {
        var keyword = Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            var word = keyword.Raw;
            if (word.SequenceEqual("schema"u8)) return ParseSchemaExtension();
            if (word.SequenceEqual("scalar"u8)) return ParseScalarTypeExtension();
            if (word.SequenceEqual("type"u8)) return ParseObjectTypeExtension(isInterface: false);
            if (word.SequenceEqual("interface"u8)) return ParseObjectTypeExtension(isInterface: true);
            if (word.SequenceEqual("union"u8)) return ParseUnionTypeExtension();
            if (word.SequenceEqual("enum"u8)) return ParseEnumTypeExtension();
            if (word.SequenceEqual("input"u8)) return ParseInputObjectTypeExtension();
        }

        throw Unexpected(keyword);
    }

    // SchemaExtension :
    //   - extend schema Directives[Const]? { RootOperationTypeDefinition+ }
    //   - extend schema Directives[Const] [lookahead != `{`]
    private SchemaExtensionNode ParseSchemaExtension()
    {
        var mark = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("schema"u8);
        var directives = ParseDirectives(isConst: true);
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes = ExpectOptional(TokenKind.BraceL)
            ? ParseOperationTypeDefinitionsAfterBrace()
            : Array.Empty<OperationTypeDefinitionNode>();
        if (directives.Count == 0 && operationTypes.Count == 0)
        {
            ThrowUnexpected();
        }

        return new SchemaExtensionNode(directives, operationTypes, Loc(mark));
    }

    // ScalarTypeExtension : extend scalar Name Directives[Const]
    private ScalarTypeDefinitionNode ParseScalarTypeExtension()
    {
        var mark = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("scalar"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Count == 0)
        {
            ThrowUnexpected();
        }

        return new ScalarTypeDefinitionNode(null, name, directives, true, Loc(mark));
    }

    // ObjectTypeExtension / InterfaceTypeExtension :
    //   - extend type|interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
    //   - extend type|interface Name ImplementsInterfaces? Directives[Const] [lookahead != `{`]
    //   - extend type|interface Name ImplementsInterfaces [lookahead != {`{`, `@`}]
    private ITypeDefinitionOrExtensionNode ParseObjectTypeExtension(bool isInterface)
    {
        var mark = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword(isInterface ? "interface"u8 : "type"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            ThrowUnexpected();
        }

        return isInterface
            ? new InterfaceTypeDefinitionNode(null, name, interfaces, directives, fields, true, Loc(mark))
            : new ObjectTypeDefinitionNode(null, name, interfaces, directives, fields, true, Loc(mark));
    }

    // UnionTypeExtension :
    //   - extend union Name Directives[Const]? UnionMemberTypes
    //   - extend union Name Directives[Const] [lookahead != `=`]
    private UnionTypeDefinitionNode ParseUnionTypeExtension()
    {
        var mark = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("union"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0)
        {
            ThrowUnexpected();
        }

        return new UnionTypeDefinitionNode(null, name, directives, types, true, Loc(mark));
    }

    // EnumTypeExtension :
    //   - extend enum Name Directives[Const]? EnumValuesDefinition
    //   - extend enum Name Directives[Const] [lookahead != `{`]
    private EnumTypeDefinitionNode ParseEnumTypeExtension()
    {
        var mark = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("enum"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0)
        {
            ThrowUnexpected();
        }

        return new EnumTypeDefinitionNode(null, name, directives, values, true, Loc(mark));
    }

    // InputObjectTypeExtension :
    //   - extend input Name Directives[Const]? InputFieldsDefinition
    //   - extend input Name Directives[Const] [lookahead != `{`]
    private InputObjectTypeDefinitionNode ParseInputObjectTypeExtension()
    {
        var mark = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("input"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Count == 0 && fields.Count == 0)
        {
            ThrowUnexpected();
        }

        return new InputObjectTypeDefinitionNode(null, name, directives, fields, true, Loc(mark));
    }
}
