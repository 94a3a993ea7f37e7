using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;
using static Federation.GraphQL.ExecutionTests.ExecutionTestHarness;

namespace Federation.GraphQL.ExecutionTests;

public class MiddlewareTests
{
    private static FieldMiddleware Log(List<string> log, string name) => next => async context =>
    {
        log.Add(name + ">");
        await next(context);
        log.Add("<" + name);
    };

    [Fact]
    public async Task Executor_Middleware_Wraps_Field_Middleware_Which_Wraps_The_Resolver_In_Order()
    {
        var log = new List<string>();
        var schema = new SchemaBuilder().AddDocument("type Query { a: String }");
        schema.AddResolver("Query", "a", _ =>
        {
            log.Add("resolve");
            return "x";
        });
        schema.AddFieldMiddleware("Query", "a", Log(log, "f1"));
        schema.AddFieldMiddleware("Query", "a", Log(log, "f2"));
        var options = new ExecutorOptions();
        options.Middleware.Add(Log(log, "g1"));
        options.Middleware.Add(Log(log, "g2"));
        Assert.Equal("""{"data":{"a":"x"}}""", await Run(schema, "{ a }", options: options));
        Assert.Equal(["g1>", "g2>", "f1>", "f2>", "resolve", "<f2", "<f1", "<g2", "<g1"], log);
    }

    [Fact]
    public async Task Middleware_Can_Transform_The_Result()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { a: String }");
        schema.AddResolver("Query", "a", _ => "quiet");
        schema.AddFieldMiddleware("Query", "a", next => async context =>
        {
            await next(context);
            context.Result = ((string)context.Result!).ToUpperInvariant();
        });
        Assert.Equal("""{"data":{"a":"QUIET"}}""", await Run(schema, "{ a }"));
    }

    [Fact]
    public async Task Middleware_Can_Short_Circuit_Without_Calling_The_Resolver()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { secret: String }");
        var called = false;
        schema.AddResolver("Query", "secret", _ =>
        {
            called = true;
            return "s";
        });
        schema.AddFieldMiddleware("Query", "secret", _ => _ => throw new GraphQLException("Not authorized."));
        Assert.Equal(
            """{"errors":[{"message":"Not authorized.","locations":[{"line":1,"column":3}],"path":["secret"]}],"data":{"secret":null}}""",
            await Run(schema, "{ secret }"));
        Assert.False(called);
    }

    [Fact]
    public async Task Pipeline_Is_Composed_Once_Per_Field_Not_Per_Call()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { items: [Item] } type Item { n: Int }");
        schema.AddResolver("Query", "items", _ => new[] { 1, 2, 3 });
        schema.AddResolver("Item", "n", ctx => ctx.GetParent<int>());
        var compositions = 0;
        var invocations = 0;
        schema.AddFieldMiddleware("Item", "n", next =>
        {
            Interlocked.Increment(ref compositions);
            return context =>
            {
                Interlocked.Increment(ref invocations);
                return next(context);
            };
        });
        var executor = new RequestExecutor(schema.Build());
        for (var i = 0; i < 3; i++) await executor.ExecuteAsync(new ExecutionRequest("{ items { n } }"));
        Assert.Equal(1, compositions);
        Assert.Equal(9, invocations);
    }

    [Fact]
    public async Task Middleware_Sees_Coerced_Arguments_And_Path()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { echo(v: Int = 4): Int }");
        schema.AddResolver("Query", "echo", ctx => ctx.ArgumentValue<int>("v"));
        string? seen = null;
        schema.AddFieldMiddleware("Query", "echo", next => context =>
        {
            seen = context.Path + "=" + context.Arguments["v"];
            return next(context);
        });
        Assert.Equal("""{"data":{"e":4}}""", await Run(schema, "{ e: echo }"));
        Assert.Equal("e=4", seen);
    }
}
