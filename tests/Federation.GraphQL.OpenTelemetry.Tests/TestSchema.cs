using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.OpenTelemetry.Tests;

/// <summary>A small schema with a failing field and an asynchronous one.</summary>
public static class TestSchema
{
    public const string Sdl = """
        type Query {
          hello(name: String = "world"): String
          product: Product
          fail: String
          later: String
        }
        type Product { id: ID! name: String }
        type Subscription { ticks: Int }
        """;

    public static Schema Build() => new SchemaBuilder()
        .AddDocument(Sdl)
        .AddResolver("Query", "hello", ctx => $"Hello, {ctx.ArgumentValue<string>("name")}!")
        .AddResolver("Query", "product", _ => new Dictionary<string, object?> { ["id"] = "1", ["name"] = "Table" })
        .AddResolver("Query", "fail", Fail)
        .AddResolver("Query", "later", Later)
        .Build();

    public static RequestExecutor Executor(Action<ExecutorOptions>? configure = null)
    {
        var options = new ExecutorOptions();
        configure?.Invoke(options);
        return new RequestExecutor(Build(), options);
    }

    private static async ValueTask<object?> Later(IResolverContext context)
    {
        await Task.Yield();
        return "done";
    }

    private static object? Fail(IResolverContext context) => throw new InvalidOperationException("boom");
}
