using Federation.GraphQL.Types;
using IntrospectionSystem = Federation.GraphQL.Introspection.Introspection;

namespace Federation.GraphQL.Tests.Introspection;

/// <summary>Introspection over schemas built from SDL.</summary>
public sealed class IntrospectionSdlTests
{
    [Fact]
    public void Sdl_Schema_Type_Map_Lists_Introspection_Types_In_GraphQLJs_Order()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }");
        // graphql-js: Object.keys(buildSchema('type Query { a: Int }').getTypeMap())
        Assert.Equal(
            ["Query", "Int", "Boolean", "String", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"],
            schema.Types.Select(t => t.Name));
    }

    [Theory]
    [InlineData("Int = 3", "3")]
    [InlineData("String = \"a\\\"b\"", "\"a\\\"b\"")]
    [InlineData("[Int] = [1, 2]", "[1, 2]")]
    [InlineData("In = { a: 1, b: RED }", "{ a: 1, b: RED }")]
    [InlineData("Color = RED", "RED")]
    [InlineData("Int", null)]
    [InlineData("Int = null", "null")]
    public async Task InputValue_DefaultValue_Is_Printed_As_GraphQL(string argument, string? expected)
    {
        var schema = SchemaBuilder.FromSdl($$"""
            enum Color { RED }
            input In { a: Int b: Color }
            type Query { f(x: {{argument}}): Int }
            """);
        var x = schema.QueryType!.GetField("f")!.Arguments["x"]!;
        var inputValue = (ObjectType)IntrospectionSystem.Types.First(t => t.Name == "__InputValue");
        Assert.Equal(expected, await FakeResolverContext.Resolve(schema, inputValue, "defaultValue", x));
    }
}
