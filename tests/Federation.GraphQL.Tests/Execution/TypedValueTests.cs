using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;
using static Federation.GraphQL.ExecutionTests.ExecutionTestHarness;

namespace Federation.GraphQL.ExecutionTests;

/// <summary>A resolver answers "this value, as this object type" with <see cref="TypedValue"/> (spec 6.4.3 ResolveAbstractType without a type resolver).</summary>
public class TypedValueTests
{
    private const string Sdl = """
        type Query { pets: [Pet] pet: Pet dog: Dog stranger: Pet }
        union Pet = Dog | Cat
        type Dog { name: String barks: Boolean }
        type Cat { name: String lives: Int }
        type Robot { name: String }
        """;

    // Plain dictionaries without __typename: only the TypedValue tells the types apart.
    private static Schema CreateSchema() => new SchemaBuilder()
        .AddDocument(Sdl)
        .AddResolver("Query", "pets", ctx => new object?[]
        {
            new TypedValue(ctx.Schema.GetType<ObjectType>("Dog")!, new Dictionary<string, object?> { ["name"] = "Rex", ["barks"] = true }),
            null,
            new TypedValue(ctx.Schema.GetType<ObjectType>("Cat")!, new Dictionary<string, object?> { ["name"] = "Tom", ["lives"] = 9 }),
        })
        .AddResolver("Query", "pet", ctx => new TypedValue(ctx.Schema.GetType<ObjectType>("Cat")!, new Dictionary<string, object?> { ["name"] = "Kit" }))
        .AddResolver("Query", "dog", ctx => new TypedValue(ctx.Schema.GetType<ObjectType>("Cat")!, new Dictionary<string, object?> { ["name"] = "Odd" }))
        .AddResolver("Query", "stranger", ctx => new TypedValue(ctx.Schema.GetType<ObjectType>("Robot")!, new Dictionary<string, object?> { ["name"] = "R2" }))
        .Build();

    [Fact]
    public async Task Abstract_Positions_Take_The_Named_Type()
    {
        Assert.Equal(
            """{"data":{"pets":[{"__typename":"Dog","name":"Rex","barks":true},null,{"__typename":"Cat","name":"Tom","lives":9}],"pet":{"__typename":"Cat","name":"Kit"}}}""",
            await Run(CreateSchema(), "{ pets { __typename ... on Dog { name barks } ... on Cat { name lives } } pet { __typename ... on Cat { name } } }"));
    }

    [Fact]
    public async Task A_Type_That_Is_Not_Possible_Is_A_Field_Error()
    {
        Assert.Equal(
            """{"errors":[{"message":"Runtime Object type \"Robot\" is not a possible type for \"Pet\".","locations":[{"line":1,"column":3}],"path":["stranger"]}],"data":{"stranger":null}}""",
            await Run(CreateSchema(), "{ stranger { __typename } }"));
    }

    [Fact]
    public async Task An_Object_Position_Rejects_Another_Type()
    {
        Assert.Equal(
            """{"errors":[{"message":"Expected value of type \"Dog\" but got a value typed \"Cat\".","locations":[{"line":1,"column":3}],"path":["dog"]}],"data":{"dog":null}}""",
            await Run(CreateSchema(), "{ dog { name } }"));
    }
}
