using Federation.GraphQL.Types;
using static Federation.GraphQL.ExecutionTests.ExecutionTestHarness;

namespace Federation.GraphQL.ExecutionTests;

public class AbstractTypeTests
{
    public sealed record Dog(string Name, bool Barks);
    public sealed record Cat(string Name, int Lives);
    public sealed record Fish(string Name);

    private const string Sdl = """
        interface Pet { name: String }
        type Dog implements Pet { name: String barks: Boolean }
        type Cat implements Pet { name: String lives: Int }
        union Any = Dog | Cat
        type Query { pets: [Pet] any: [Any] }
        """;

    private static readonly object Root = new Dictionary<string, object?>
    {
        ["pets"] = new object[] { new Dog("Rex", true), new Cat("Tom", 9) },
        ["any"] = new object[] { new Cat("Kit", 3), new Dog("Fido", false) },
    };

    private const string Query = "{ pets { __typename name ... on Dog { barks } ... on Cat { lives } } any { ... on Cat { lives } } }";

    private const string Expected =
        """{"data":{"pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","lives":9}],"any":[{"lives":3},{}]}}""";

    [Fact]
    public async Task ResolveType_Delegate_Picks_The_Object_Type()
    {
        var schema = new SchemaBuilder().AddDocument(Sdl);
        TypeResolverBy(schema, "Pet");
        TypeResolverBy(schema, "Any");
        Assert.Equal(Expected, await Run(schema, Query, Root));
    }

    private static void TypeResolverBy(SchemaBuilder schema, string abstractType)
        => schema.AddTypeResolver(abstractType, (value, ctx, _) => ctx.Schema.GetType<ObjectType>(value.GetType().Name));

    [Fact]
    public async Task IsTypeOf_Is_Used_When_There_Is_No_ResolveType()
    {
        var schema = new SchemaBuilder().AddDocument(Sdl);
        schema.AddIsTypeOf("Dog", (v, _) => v is Dog);
        schema.AddIsTypeOf("Cat", (v, _) => v is Cat);
        Assert.Equal(Expected, await Run(schema, Query, Root));
    }

    [Fact]
    public async Task RuntimeType_Is_Used_As_Last_Resort()
    {
        var schema = new SchemaBuilder().AddDocument(Sdl);
        schema.Configure(s => s.GetType<ObjectType>("Dog")!.RuntimeType = typeof(Dog));
        schema.Configure(s => s.GetType<ObjectType>("Cat")!.RuntimeType = typeof(Cat));
        Assert.Equal(Expected, await Run(schema, Query, Root));
    }

    [Fact]
    public async Task Unresolvable_Value_Gives_The_GraphQLJs_Error()
    {
        var schema = new SchemaBuilder().AddDocument(Sdl);
        var root = new Dictionary<string, object?> { ["pets"] = new object[] { new Fish("Nemo") } };
        Assert.Equal(
            """{"errors":[{"message":"Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.pets\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.","locations":[{"line":1,"column":3}],"path":["pets",0]}],"data":{"pets":[null]}}""",
            await Run(schema, "{ pets { name } }", root));
    }

    [Fact]
    public async Task ResolveType_Returning_A_Type_Outside_The_Union_Is_An_Error()
    {
        var schema = new SchemaBuilder().AddDocument(Sdl + " type Other { x: Int }");
        schema.AddTypeResolver("Any", (_, ctx, _) => ctx.Schema.GetType<ObjectType>("Other"));
        var root = new Dictionary<string, object?> { ["any"] = new object[] { new Cat("Kit", 1) } };
        Assert.Equal(
            """{"errors":[{"message":"Runtime Object type \"Other\" is not a possible type for \"Any\".","locations":[{"line":1,"column":3}],"path":["any",0]}],"data":{"any":[null]}}""",
            await Run(schema, "{ any { __typename } }", root));
    }

    [Fact]
    public async Task IsTypeOf_Rejecting_A_Value_Of_An_Object_Field_Is_An_Error()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { dog: Dog } type Dog { name: String }");
        schema.AddIsTypeOf("Dog", (v, _) => v is Dog);
        var root = new Dictionary<string, object?> { ["dog"] = new Dictionary<string, object?> { ["name"] = "x" } };
        Assert.Equal(
            """{"errors":[{"message":"Expected value of type \"Dog\" but got: { name: \"x\" }.","locations":[{"line":1,"column":3}],"path":["dog"]}],"data":{"dog":null}}""",
            await Run(schema, "{ dog { name } }", root));
    }
}
