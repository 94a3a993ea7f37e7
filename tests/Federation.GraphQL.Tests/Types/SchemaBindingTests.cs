using Federation.GraphQL.Execution;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Tests.Types;

public class SchemaBindingTests
{
    private const string Sdl = """
        type Query { hello: String node: Node pet: Pet color: Color when: Date }
        type Subscription { ticks: Int }
        interface Node { id: ID! }
        type Cat implements Node { id: ID! }
        type Dog { name: String }
        union Pet = Cat | Dog
        enum Color { RED DARK_BLUE }
        scalar Date
        """;

    private enum Color { Red, DarkBlue }

    private sealed class DateScalar() : ScalarType("Date")
    {
        public override object? Serialize(object? runtimeValue) => ((DateOnly)runtimeValue!).ToString("O");
        public override object? ParseValue(object? externalValue) => DateOnly.Parse((string)externalValue!);
        public override object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
            => DateOnly.Parse(((StringValueNode)literal).Value);
        public override IValueNode? ValueToLiteral(object? externalValue) => externalValue is string s ? new StringValueNode(s) : null;
    }

    [Fact]
    public async Task Builder_Binds_Resolvers_Subscribers_Type_Resolvers_Scalars_And_Enums()
    {
        var date = new DateScalar();
        var schema = new SchemaBuilder()
            .AddDocument(Sdl)
            .AddResolver("Query", "hello", _ => "world")
            .AddResolver("Query.node", _ => new ValueTask<object?>("n"))
            .AddSubscriber("Subscription", "ticks", _ => Ticks())
            .AddTypeResolver("Node", (_, _, _) => null)
            .AddTypeResolver("Pet", (_, _, _) => null)
            .AddIsTypeOf("Cat", (_, _) => true)
            .AddScalar(date)
            .AddEnumType<Color>("Color")
            .Build();

        var hello = schema.QueryType!.GetField("hello")!;
        Assert.Equal("world", await hello.Resolver!(null!));
        Assert.Equal("n", await schema.QueryType.GetField("node")!.Resolver!(null!));
        Assert.NotNull(schema.SubscriptionType!.GetField("ticks")!.Subscriber);
        Assert.NotNull(schema.GetType<InterfaceType>("Node")!.ResolveType);
        Assert.NotNull(schema.GetType<UnionType>("Pet")!.ResolveType);
        Assert.NotNull(schema.GetType<ObjectType>("Cat")!.IsTypeOf);
        Assert.Same(date, schema.GetType("Date"));
        Assert.Same(date, schema.QueryType.GetField("when")!.Type);
        var color = schema.GetType<EnumType>("Color")!;
        Assert.Equal(typeof(Color), color.RuntimeType);
        Assert.Equal(Color.DarkBlue, color.GetValue("DARK_BLUE")!.RuntimeValue);
        Assert.Equal("RED", color.GetValueByRuntimeValue(Color.Red)!.Name);
    }

    private static async IAsyncEnumerable<object?> Ticks()
    {
        await Task.Yield();
        yield return 1;
    }

    [Fact]
    public void Builder_Scalar_Needs_No_Sdl_Declaration()
    {
        var date = new DateScalar();
        var schema = new SchemaBuilder().AddDocument("type Query { when: Date }").AddScalar(date).Build();
        Assert.Same(date, schema.QueryType!.GetField("when")!.Type);
        Assert.Contains(date, schema.Types);
    }

    [Fact]
    public void Builder_Rejects_Bindings_To_Unknown_Coordinates()
    {
        var ex = Assert.Throws<SchemaException>(() => new SchemaBuilder()
            .AddDocument(Sdl)
            .AddResolver("Query", "nope", _ => null)
            .AddTypeResolver("Cat", (_, _, _) => null)
            .AddEnumValue("Color", "GREEN", 1)
            .Build());
        Assert.Equal(
        [
            "Cannot bind to \"Query.nope\": no such field.",
            "Cannot bind a type resolver to \"Cat\": it is not an interface or union type.",
            "Cannot bind a runtime value to \"Color.GREEN\": no such enum value.",
        ], ex.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Builder_Merges_Several_Documents()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { a: Int }").AddDocument("extend type Query { b: Int }").Build();
        Assert.Equal(["a", "b"], schema.QueryType!.Fields.Select(f => f.Name));
    }

    [Fact]
    public async Task Built_Schema_Is_Read_Only()
    {
        var schema = new SchemaBuilder().AddDocument(Sdl)
            .AddResolver("Query", "hello", _ => "hi")
            .AddEnumValue("Color", "RED", 1)
            .Configure(s => s.QueryType!.GetField("hello")!.Description = "bound before the freeze")
            .Build();
        Assert.True(schema.IsFrozen);
        var hello = schema.QueryType!.GetField("hello")!;
        Assert.Equal("hi", await hello.Resolver!(null!));
        Assert.Equal("bound before the freeze", hello.Description);
        Assert.Equal(1, schema.GetType<EnumType>("Color")!.GetValue("RED")!.RuntimeValue);
        Assert.Throws<InvalidOperationException>(() => hello.Resolver = _ => new ValueTask<object?>("other"));
        Assert.Throws<InvalidOperationException>(() => hello.Middleware.Add(next => next));
        Assert.Throws<InvalidOperationException>(() => hello.Arguments.Add(new InputValue("x", BuiltInTypes.Int)));
        Assert.Throws<InvalidOperationException>(() => schema.GetType<EnumType>("Color")!.GetValue("RED")!.RuntimeValue = 2);
        Assert.Throws<InvalidOperationException>(() => schema.GetType<UnionType>("Pet")!.ResolveType = (_, _, _) => null);
        Assert.Throws<InvalidOperationException>(() => schema.QueryType.Fields.Add(new Field("late", BuiltInTypes.Int)));
        Assert.Throws<InvalidOperationException>(() => schema.AppliedDirectives.Add(null!));
    }

    [Fact]
    public void AddResolver_Rejects_Malformed_Coordinate()
        => Assert.Throws<ArgumentException>(() => new SchemaBuilder().AddResolver("Query", (FieldResolver)(_ => default)));
}
