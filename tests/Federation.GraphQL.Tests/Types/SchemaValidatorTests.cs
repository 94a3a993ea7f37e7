using Federation.GraphQL.Types;

namespace Federation.GraphQL.Tests.Types;

/// <summary>
/// Each case: the messages graphql-js 17.1.0 validateSchema(buildSchema(sdl)) reports, in order (generated once with node).
/// Our FromSdl runs the same checks by default and throws them all in a SchemaException.
/// </summary>
public class SchemaValidatorTests
{
    public static TheoryData<string, string, string[]> SchemaCases => new()
    {
        { "noQuery", "type Foo { a: Int }", ["Query root type must be provided."] },
        { "queryScalar", "schema { query: Q } scalar Q", ["Query root type must be Object type, it cannot be Q."] },
        { "mutationUnion", "schema { query: Query mutation: U } type Query { a: Int } union U = Query", ["Mutation root type must be Object type if provided, it cannot be U."] },
        { "sameRoots", "schema { query: Query mutation: Query subscription: Query } type Query { a: Int }", ["All root types must be different, \"Query\" type is used as query, mutation, and subscription root types."] },
        { "reservedType", "type Query { a: __Foo } type __Foo { b: Int }", ["Name \"__Foo\" must not begin with \"__\", which is reserved by GraphQL introspection."] },
        { "reservedField", "type Query { __a: Int }", ["Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection."] },
        { "reservedArg", "type Query { a(__x: Int): Int }", ["Name \"__x\" must not begin with \"__\", which is reserved by GraphQL introspection."] },
        { "reservedEnum", "type Query { a: E } enum E { __A }", ["Name \"__A\" must not begin with \"__\", which is reserved by GraphQL introspection."] },
        { "reservedDirective", "directive @__d on FIELD type Query { a: Int }", ["Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection."] },
        { "noFields", "type Query { a: E } type E", ["Type E must define one or more fields."] },
        { "outputType", "type Query { a: In } input In { x: Int }", ["The type of Query.a must be Output Type but got: In."] },
        { "inputTypeArg", "type Query { a(x: Query): Int }", ["The type of Query.a(x:) must be Input Type but got: Query."] },
        { "inputFieldType", "type Query { a(x: In): Int } input In { y: Query }", ["The type of In.y must be Input Type but got: Query."] },
        { "directiveArgType", "directive @d(x: Query) on FIELD type Query { a: Int }", ["The type of @d(x:) must be Input Type but got: Query."] },
        { "requiredArgDeprecated", "type Query { a(x: Int! @deprecated): Int }", ["Required argument Query.a(x:) cannot be deprecated."] },
        { "requiredInputFieldDeprecated", "type Query { a(x: In): Int } input In { y: Int! @deprecated }", ["Required input field In.y cannot be deprecated."] },
        { "directiveRequiredArgDeprecated", "directive @d(x: Int! @deprecated) on FIELD type Query { a: Int }", ["Required argument @d(x:) cannot be deprecated."] },
        { "implementsObject", "type Query implements Foo { a: Int } type Foo { a: Int }", ["Type Query must only implement Interface types, it cannot implement Foo."] },
        { "selfImplement", "type Query { a: I } interface I implements I { a: Int }", ["Type I cannot implement itself because it would create a circular reference."] },
        { "missingField", "type Query implements I { b: Int } interface I { a: Int }", ["Interface field I.a expected but Query does not provide it."] },
        { "wrongFieldType", "type Query implements I { a: String } interface I { a: Int }", ["Interface field I.a expects type Int but Query.a is type String."] },
        { "covariant", "type Query implements I { a: Int! b: Query c: [Query!]! } interface I { a: Int b: I c: [I] }", [] },
        { "missingArg", "type Query implements I { a: Int } interface I { a(x: Int): Int }", ["Interface field argument I.a(x:) expected but Query.a does not provide it."] },
        { "wrongArgType", "type Query implements I { a(x: String): Int } interface I { a(x: Int): Int }", ["Interface field argument I.a(x:) expects type Int but Query.a(x:) is type String."] },
        { "extraRequiredArg", "type Query implements I { a(y: Int!): Int } interface I { a: Int }", ["Argument \"Query.a(y:)\" must not be required type \"Int!\" if not provided by the Interface field \"I.a\"."] },
        { "extraOptionalArg", "type Query implements I { a(y: Int, z: Int! = 1): Int } interface I { a: Int }", [] },
        { "deprecatedImpl", "type Query implements I { a: Int @deprecated } interface I { a: Int }", ["Interface field I.a is not deprecated, so implementation field Query.a must not be deprecated."] },
        { "transitive", "type Query implements B { a: Int } interface A { a: Int } interface B implements A { a: Int }", ["Type Query must implement A because it is implemented by B."] },
        { "circularIfaces", "type Query { a: A } interface A implements B { a: Int } interface B implements A { a: Int }", ["Type A cannot implement B because it would create a circular reference.", "Type B cannot implement A because it would create a circular reference."] },
        { "unionMembersNonObject", "type Query { a: U } union U = I interface I { a: Int }", ["Union type U can only include Object types, it cannot include I."] },
        { "unionDup", "type Query { a: U } union U = Query | Query", ["Union type U can only include type Query once."] },
        { "unionEmpty", "type Query { a: U } union U", ["Union type U must define one or more member types."] },
        { "enumEmpty", "type Query { a: E } enum E", ["Enum type E must define one or more values."] },
        { "inputEmpty", "type Query { a(x: In): Int } input In", ["Input Object type In must define one or more fields."] },
        { "inputCycle", "type Query { a(x: A): Int } input A { b: B! } input B { a: A! }", ["Input Object A cannot be provided a finite value because it references itself through fields: A.b, B.a."] },
        { "inputSelfCycle", "type Query { a(x: A): Int } input A { self: A! }", ["Input Object A cannot be provided a finite value because it references itself through fields: A.self."] },
        { "inputNullableOk", "type Query { a(x: A): Int } input A { self: A list: [A!]! }", [] },
        { "oneOfNonNull", "type Query { a(x: O): Int } input O @oneOf { a: Int! b: String = \"x\" }", ["OneOf input field O.a must be nullable.", "OneOf input field O.b cannot have a default value."] },
        { "oneOfCycle", "type Query { a(x: O): Int } input O @oneOf { a: O }", ["Input Object O cannot be provided a finite value because it references itself through fields: O.a."] },
        { "defaultCycle", "type Query { a(x: A): Int } input A { b: B = {} } input B { a: A = {} }", ["Invalid circular reference. The default value of Input Object field A.b references itself via the default values of: B.a."] },
        { "badDefaults", "type Query { f(a: Int = \"x\", b: [Int] = [1, \"y\"], c: E = B, d: In = {x: 1}, e: In = {}, g: Int! = null, h: E = \"A\", i: [In] = [{y: 1, z: 2}]): Int } enum E { A } input In { y: Int! }", ["Query.f(a:) has invalid default value: Int cannot represent non-integer value: \"x\"", "Query.f(b:) has invalid default value at [1]: Int cannot represent non-integer value: \"y\"", "Query.f(c:) has invalid default value: Value \"B\" does not exist in \"E\" enum. Did you mean the enum value \"A\"?", "Query.f(d:) has invalid default value: Expected value of type \"In\" to include required field \"y\", found: { x: 1 }.", "Query.f(d:) has invalid default value: Expected value of type \"In\" not to include unknown field \"x\". Did you mean \"y\"? Found: { x: 1 }.", "Query.f(e:) has invalid default value: Expected value of type \"In\" to include required field \"y\", found: {  }.", "Query.f(g:) has invalid default value: Expected value of non-null type \"Int!\" not to be null.", "Query.f(h:) has invalid default value: Enum \"E\" cannot represent non-enum value: \"A\". Did you mean the enum value \"A\"?", "Query.f(i:) has invalid default value at [0]: Expected value of type \"In\" not to include unknown field \"z\". Did you mean \"y\"? Found: { y: 1, z: 2 }."] },
        { "duplicateImplements", "type Query implements I & I { a: Int } interface I { a: Int }", ["Type Query can only implement I once."] },
    };

    [Theory]
    [MemberData(nameof(SchemaCases))]
    public void Validate_Reports_What_GraphQLJs_Reports(string name, string sdl, string[] expected)
    {
        _ = name;
        string[] actual;
        try
        {
            SchemaBuilder.FromSdl(sdl);
            actual = [];
        }
        catch (SchemaException ex)
        {
            actual = ex.Errors.Select(e => e.Message).ToArray();
        }
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Validate_Is_Callable_On_A_Built_Schema()
    {
        var schema = SchemaBuilder.FromSdl("type Query implements I { a: Int } interface I { a: Int }");
        Assert.Empty(SchemaValidator.Validate(schema));
    }

    [Fact]
    public void Validate_Reports_Code_Built_Schema_Errors()
    {
        var query = new ObjectType("Query");
        var schema = new Schema(query, null, null, [query], BuiltInTypes.SpecifiedDirectives);
        Assert.Equal("Type Query must define one or more fields.", Assert.Single(SchemaValidator.Validate(schema)).Message);
    }

    [Fact]
    public void Validate_Reports_Directive_Without_Locations()
    {
        var query = new ObjectType("Query");
        query.Fields.Add(new Field("a", BuiltInTypes.Int));
        var schema = new Schema(query, null, null, [query, BuiltInTypes.Int], [new DirectiveDefinition("d", [])]);
        Assert.Equal("Directive @d must include 1 or more locations.", Assert.Single(SchemaValidator.Validate(schema)).Message);
    }

    [Fact]
    public void Validate_Locates_Errors_In_The_Sdl()
    {
        var ex = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query implements I { a: String }\ninterface I { a: Int }"));
        var error = Assert.Single(ex.Errors);
        Assert.Equal([new ErrorLocation(2, 18), new ErrorLocation(1, 30)], error.Locations);
    }

    [Fact]
    public void IsTypeSubTypeOf_Allows_Covariant_Output_Types()
    {
        var schema = SchemaBuilder.FromSdl("type Query implements I { a: Int } interface I { a: Int }");
        var query = schema.QueryType!;
        var iface = schema.GetType("I")!;
        Assert.True(SchemaValidator.IsTypeSubTypeOf(schema, new NonNullType(query), iface));
        Assert.True(SchemaValidator.IsTypeSubTypeOf(schema, new ListType(new NonNullType(query)), new ListType(iface)));
        Assert.False(SchemaValidator.IsTypeSubTypeOf(schema, iface, query));
        Assert.False(SchemaValidator.IsTypeSubTypeOf(schema, new ListType(query), query));
    }
}
