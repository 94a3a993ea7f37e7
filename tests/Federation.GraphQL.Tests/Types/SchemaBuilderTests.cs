using Federation.GraphQL.Execution;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Tests.Types;

public class SchemaBuilderTests
{
    private static string[] TypeNames(Schema schema) => schema.Types.Select(t => t.Name).ToArray();

    private const string IntrospectionNames = "__Schema __Type __TypeKind __Field __InputValue __EnumValue __Directive __DirectiveLocation";

    [Theory]
    // Expected orders produced by graphql-js 17.1.0: Object.keys(buildSchema(sdl).getTypeMap()).
    [InlineData("type Query { a: String, b: Foo } type Foo { x: Int }", "Query String Foo Int Boolean")]
    [InlineData("type Foo { x: Int f: Float } interface I { id: ID } type Query implements I { id: ID foo: Foo e: E } enum E { A } extend type Foo { y: Bar } type Bar { b: Boolean } input In { s: String }",
        "Foo Int Float I ID Query E Bar Boolean In String")]
    [InlineData("scalar Date directive @d(x: Date, y: In2) on FIELD schema { query: Q } type Q { a: Int } input In2 { z: Float }",
        "Date Q Int In2 Float Boolean String")]
    [InlineData("type Query { a: String } scalar String", "Query String Boolean")]
    public void FromSdl_Orders_Type_Map_As_GraphQLJs(string sdl, string expected)
    {
        var schema = SchemaBuilder.FromSdl(sdl);
        Assert.Equal(expected + " " + IntrospectionNames, string.Join(" ", TypeNames(schema)));
    }

    [Fact]
    public void FromSdl_Builds_Schemas_Larger_Than_The_Request_Token_Limit()
    {
        // SDL is trusted input: a large schema must not hit the 15,000-token limit meant for requests.
        var types = string.Join("\n", Enumerable.Range(0, 2000).Select(i => $"type T{i} {{ a: Int b: String c: T{i} }}"));
        var schema = SchemaBuilder.FromSdl("type Query { t: T0 }\n" + types);
        Assert.NotNull(schema.GetType("T1999"));
    }

    [Fact]
    public void FromSdl_Uses_Default_Root_Type_Names()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }");
        Assert.Equal("Query", schema.QueryType!.Name);
        Assert.Equal("Mutation", schema.MutationType!.Name);
        Assert.Equal("Subscription", schema.SubscriptionType!.Name);
    }

    [Fact]
    public void FromSdl_Uses_Schema_Definition_Root_Types()
    {
        var schema = SchemaBuilder.FromSdl("\"desc\" schema { query: Q mutation: M } type Q { a: Int } type M { b: Int } type Query { c: Int }");
        Assert.Equal("Q", schema.QueryType!.Name);
        Assert.Equal("M", schema.MutationType!.Name);
        Assert.Null(schema.SubscriptionType);
        Assert.Equal("desc", schema.Description);
        Assert.NotNull(schema.SyntaxNode);
    }

    [Fact]
    public void FromSdl_Applies_Schema_Extension_Operation_Types()
    {
        var schema = SchemaBuilder.FromSdl("schema { query: Q } extend schema @foo { mutation: M } directive @foo on SCHEMA type Q { a: Int } type M { b: Int }");
        Assert.Equal("M", schema.MutationType!.Name);
        Assert.Single(schema.ExtensionNodes);
        Assert.Equal("foo", Assert.Single(schema.AppliedDirectives).Name.Value);
    }

    [Fact]
    public void FromSdl_Keeps_Descriptions()
    {
        var schema = SchemaBuilder.FromSdl("""
            "The root"
            type Query {
              "A field"
              a("An arg" x: Int): Int
            }
            """);
        var query = schema.QueryType!;
        Assert.Equal("The root", query.Description);
        Assert.Equal("A field", query.GetField("a")!.Description);
        Assert.Equal("An arg", query.GetField("a")!.Arguments["x"]!.Description);
    }

    [Fact]
    public void FromSdl_Reads_Deprecated_On_Fields_Arguments_Input_Fields_And_Enum_Values()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query {
              a: Int @deprecated
              b(x: Int @deprecated(reason: "use y"), y: Int): Int @deprecated(reason: "gone")
              c(i: In): E
            }
            input In { f: Int @deprecated(reason: "no") }
            enum E { A B @deprecated }
            """);
        var query = schema.QueryType!;
        Assert.Equal("No longer supported", query.GetField("a")!.DeprecationReason);
        Assert.Equal("gone", query.GetField("b")!.DeprecationReason);
        Assert.Equal("use y", query.GetField("b")!.Arguments["x"]!.DeprecationReason);
        Assert.Null(query.GetField("b")!.Arguments["y"]!.DeprecationReason);
        Assert.Equal("no", schema.GetType<InputObjectType>("In")!.Fields["f"]!.DeprecationReason);
        var e = schema.GetType<EnumType>("E")!;
        Assert.False(e.GetValue("A")!.IsDeprecated);
        Assert.Equal("No longer supported", e.GetValue("B")!.DeprecationReason);
        Assert.Single(query.GetField("a")!.Directives);
    }

    [Fact]
    public void FromSdl_Reads_SpecifiedBy_And_OneOf()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { a(i: In): Date }
            scalar Date @specifiedBy(url: "https://example.com/date")
            input In @oneOf { a: Int b: String }
            """);
        Assert.Equal("https://example.com/date", schema.GetType<ScalarType>("Date")!.SpecifiedByUrl);
        Assert.True(schema.GetType<InputObjectType>("In")!.IsOneOf);
    }

    [Fact]
    public void FromSdl_SpecifiedBy_On_Scalar_Extension_Wins()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { a: Date }
            scalar Date @specifiedBy(url: "a")
            extend scalar Date @specifiedBy(url: "b")
            """, new SchemaBuildOptions { AssumeValidSdl = true });
        Assert.Equal("b", schema.GetType<ScalarType>("Date")!.SpecifiedByUrl);
    }

    [Fact]
    public void FromSdl_Applies_Every_Extension_Kind_Even_Before_Definition()
    {
        var schema = SchemaBuilder.FromSdl("""
            extend type Query { b: Int }
            type Query { a: I u: U e: E s: S c(i: In): Int }
            interface I { x: Int }
            extend interface I { y: Int }
            type O implements I { x: Int y: Int }
            type P { z: Int }
            union U = O
            extend union U = P
            enum E { A }
            extend enum E { B }
            input In { a: Int }
            extend input In { b: Int }
            scalar S
            extend scalar S @dir
            directive @dir on SCALAR
            """);
        var query = schema.QueryType!;
        Assert.Equal(["a", "u", "e", "s", "c", "b"], query.Fields.Select(f => f.Name));
        Assert.Equal(["x", "y"], schema.GetType<InterfaceType>("I")!.Fields.Select(f => f.Name));
        Assert.Equal(["O", "P"], schema.GetType<UnionType>("U")!.Types.Select(t => t.Name));
        Assert.Equal(["A", "B"], schema.GetType<EnumType>("E")!.Values.Select(v => v.Name));
        Assert.Equal(["a", "b"], schema.GetType<InputObjectType>("In")!.Fields.Select(f => f.Name));
        var s = schema.GetType<ScalarType>("S")!;
        Assert.Single(s.ExtensionNodes);
        Assert.Equal("dir", Assert.Single(s.Directives).Name.Value);
        Assert.Single(query.ExtensionNodes);
    }

    [Fact]
    public void FromSdl_Adds_Interfaces_From_Extensions()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } interface I { a: Int } extend type Query implements I");
        Assert.Equal("I", Assert.Single(schema.QueryType!.Interfaces).Name);
        Assert.Equal("Query", Assert.Single(schema.GetPossibleTypes(schema.GetType("I")!)).Name);
    }

    [Fact]
    public void FromSdl_Keeps_Default_Values_As_Literals()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a(x: Int = 3, y: [String] = [\"a\"], z: In = {a: 1}): Int } input In { a: Int = 7 }");
        var field = schema.QueryType!.GetField("a")!;
        Assert.Equal("3", Assert.IsType<IntValueNode>(field.Arguments["x"]!.DefaultValue).Value);
        Assert.IsType<ListValueNode>(field.Arguments["y"]!.DefaultValue);
        Assert.IsType<ObjectValueNode>(field.Arguments["z"]!.DefaultValue);
        Assert.Equal("7", Assert.IsType<IntValueNode>(schema.GetType<InputObjectType>("In")!.Fields["a"]!.DefaultValue).Value);
    }

    [Fact]
    public void FromSdl_Adds_Missing_Specified_Directives_After_Custom_Ones()
    {
        var schema = SchemaBuilder.FromSdl("directive @a(x: Int) repeatable on FIELD | QUERY type Query { a: Int }");
        Assert.Equal(["a", "include", "skip", "deprecated", "specifiedBy", "oneOf"], schema.Directives.Select(d => d.Name));
        var a = schema.GetDirective("a")!;
        Assert.True(a.IsRepeatable);
        Assert.Equal([DirectiveLocation.Field, DirectiveLocation.Query], a.Locations);
        Assert.Equal("x", Assert.Single(a.Arguments).Name);
    }

    [Fact]
    public void FromSdl_Redefined_Specified_Directive_Replaces_The_Built_In()
    {
        var schema = SchemaBuilder.FromSdl("directive @deprecated(reason: String) on FIELD_DEFINITION type Query { a: Int }");
        Assert.Equal(["deprecated", "include", "skip", "specifiedBy", "oneOf"], schema.Directives.Select(d => d.Name));
        Assert.NotSame(BuiltInTypes.Deprecated, schema.GetDirective("deprecated"));
    }

    [Fact]
    public void FromSdl_Uses_Built_In_Scalars()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int b: Float c: String d: Boolean e: ID }");
        Assert.Same(BuiltInTypes.Int, schema.GetType("Int"));
        Assert.Same(BuiltInTypes.ID, schema.GetType("ID"));
        Assert.IsType<SdlScalarType>(SchemaBuilder.FromSdl("type Query { a: D } scalar D").GetType("D"));
    }

    [Fact]
    public void FromSdl_Builds_Wrapped_Types()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: [[Int!]]! }");
        Assert.Equal("[[Int!]]!", schema.QueryType!.GetField("a")!.Type.ToString());
    }

    [Fact]
    public void FromSdl_Throws_Every_Sdl_Error()
    {
        var ex = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query { a: Foo b: Bar } type Query { c: Int }"));
        Assert.Equal(
        [
            "Unknown type \"Foo\".",
            "Unknown type \"Bar\".",
            "There can be only one type named \"Query\".",
        ], ex.Errors.Select(e => e.Message).OrderBy(m => m.StartsWith("There", StringComparison.Ordinal)).ToArray());
        Assert.Contains("\n\n", ex.Message);
    }

    [Fact]
    public void FromSdl_Unknown_Type_Is_An_Error_Even_When_Sdl_Validation_Is_Skipped()
    {
        var ex = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query { a: Foo }", new SchemaBuildOptions { AssumeValidSdl = true }));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("Unknown type \"Foo\".", error.Message);
        Assert.Equal(new ErrorLocation(1, 17), Assert.Single(error.Locations!));
    }

    [Fact]
    public void FromSdl_Validates_Schema_By_Default_And_AssumeValid_Skips_It()
    {
        var ex = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Foo { a: Int }"));
        Assert.Equal("Query root type must be provided.", Assert.Single(ex.Errors).Message);
        var schema = SchemaBuilder.FromSdl("type Foo { a: Int }", new SchemaBuildOptions { AssumeValid = true });
        Assert.Null(schema.QueryType);
    }

    [Fact]
    public void FromSdl_Reports_Root_Type_Of_Wrong_Kind()
    {
        var ex = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("schema { query: Q } scalar Q"));
        Assert.Equal("Query root type must be Object type, it cannot be Q.", Assert.Single(ex.Errors).Message);
    }

    [Fact]
    public void FromDocument_Builds_From_Parsed_Document()
    {
        var schema = SchemaBuilder.FromDocument(Parser.Parse("type Query { a: Int }"));
        Assert.Equal("Query", schema.QueryType!.Name);
    }

    [Fact]
    public void FromSdl_Keeps_Syntax_Nodes()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a(x: Int): Int }");
        Assert.NotNull(schema.QueryType!.SyntaxNode);
        Assert.NotNull(schema.QueryType.GetField("a")!.SyntaxNode);
        Assert.NotNull(schema.QueryType.GetField("a")!.Arguments["x"]!.SyntaxNode);
    }
}
