namespace Federation.GraphQL.Language.Tests;

public class ParserTests
{
    [Fact]
    public void Parse_Reads_Shorthand_Query_With_Alias_Arguments_And_Selection()
    {
        var document = Parser.Parse("{ me: user(id: 4, tags: [\"a\", B], where: {x: $v}) @include(if: true) { name } }");
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Query, operation.Operation);
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("me", field.Alias!.Value);
        Assert.Equal("user", field.Name.Value);
        Assert.Equal(3, field.Arguments.Count);
        Assert.Equal("4", Assert.IsType<IntValueNode>(field.Arguments[0].Value).Value);
        var list = Assert.IsType<ListValueNode>(field.Arguments[1].Value);
        Assert.Equal("a", Assert.IsType<StringValueNode>(list.Items[0]).Value);
        Assert.Equal("B", Assert.IsType<EnumValueNode>(list.Items[1]).Value);
        var obj = Assert.IsType<ObjectValueNode>(field.Arguments[2].Value);
        Assert.Equal("v", Assert.IsType<VariableNode>(obj.Fields[0].Value).Name.Value);
        Assert.Equal("include", Assert.Single(field.Directives).Name.Value);
        Assert.Equal("name", Assert.IsType<FieldNode>(Assert.Single(field.SelectionSet!.Selections)).Name.Value);
    }

    [Fact]
    public void Parse_Reads_Named_Operation_With_Variables_And_Fragments()
    {
        var document = Parser.Parse("""
            "Fetches a user" query Q("the id" $id: ID! = "1" @deprecated, $list: [Int!]) @dir {
              ...Frag @skip(if: false)
              ... on User { id }
              ... @include(if: $x) { id }
            }
            fragment Frag on User { name }
            """);
        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal("Fetches a user", operation.Description!.Value);
        Assert.Equal("Q", operation.Name!.Value);
        Assert.Equal(2, operation.VariableDefinitions.Count);
        var id = operation.VariableDefinitions[0];
        Assert.Equal("the id", id.Description!.Value);
        var nonNull = Assert.IsType<NonNullTypeNode>(id.Type);
        Assert.Equal("ID", Assert.IsType<NamedTypeNode>(nonNull.Type).Name.Value);
        Assert.Equal("1", Assert.IsType<StringValueNode>(id.DefaultValue).Value);
        Assert.Single(id.Directives);
        var listType = Assert.IsType<ListTypeNode>(operation.VariableDefinitions[1].Type);
        Assert.IsType<NonNullTypeNode>(listType.Type);
        Assert.IsType<FragmentSpreadNode>(operation.SelectionSet.Selections[0]);
        Assert.Equal("User", Assert.IsType<InlineFragmentNode>(operation.SelectionSet.Selections[1]).TypeCondition!.Name.Value);
        Assert.Null(Assert.IsType<InlineFragmentNode>(operation.SelectionSet.Selections[2]).TypeCondition);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal("Frag", fragment.Name.Value);
    }

    [Fact]
    public void Parse_Reads_Type_System_Document()
    {
        var document = Parser.Parse("""
            schema @a { query: Q mutation: M }
            extend schema @b
            "desc" scalar Date @specifiedBy(url: "x")
            type Q implements & A & B @c { f(a: Int = 1 @d): [String!]! }
            interface A implements B { f: Int }
            union U = | A | B
            enum E { ONE @deprecated TWO }
            input I { a: Int = 2, b: [I!] }
            directive @d(a: Int) repeatable on FIELD_DEFINITION | ARGUMENT_DEFINITION
            extend type Q { g: Int }
            extend interface A @x
            extend union U = C
            extend enum E { THREE }
            extend input I @x
            extend scalar Date @x
            """);
        Assert.Equal(15, document.Definitions.Count);
        var obj = Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[3]);
        Assert.Equal(2, obj.Interfaces.Count);
        Assert.Equal("f", obj.Fields[0].Name.Value);
        Assert.Equal("1", Assert.IsType<IntValueNode>(obj.Fields[0].Arguments[0].DefaultValue).Value);
        var union = Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[5]);
        Assert.Equal(2, union.Types.Count);
        var directive = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[8]);
        Assert.True(directive.Repeatable);
        Assert.Equal(2, directive.Locations.Count);
        Assert.Equal(SyntaxKind.ObjectTypeExtension, document.Definitions[9].Kind);
        Assert.Equal(SyntaxKind.ScalarTypeExtension, document.Definitions[14].Kind);
    }

    [Fact]
    public void Parse_Records_Locations()
    {
        var document = Parser.Parse("query {\n  field\n}");
        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        var field = (FieldNode)operation.SelectionSet.Selections[0];
        Assert.Equal(new Location(10, 15, 2, 3), field.Location);
        Assert.Equal(new Location(0, 17, 1, 1), operation.Location);
    }

    [Fact]
    public void Parse_Cooks_Block_String()
    {
        var value = Assert.IsType<StringValueNode>(Parser.ParseValue("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      \\\"\"\" GraphQL.\n  \"\"\""));
        Assert.True(value.Block);
        Assert.Equal("Hello,\n  World!\n\nYours,\n  \"\"\" GraphQL.", value.Value);
    }

    [Fact]
    public void ParseType_Reads_Wrapped_Type()
    {
        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[[String!]]!"));
        Assert.Equal("String", type.NamedType().Name.Value);
    }
}
