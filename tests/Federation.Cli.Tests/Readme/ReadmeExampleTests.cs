using Federation.GraphQL.CodeFirst;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;

namespace Federation.Cli.Tests.Readme;

/// <summary>The README's "A first query" snippets, kept true to the API.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public async Task Schema_First_Example_Answers_Hello()
    {
        var schema = new SchemaBuilder()
            .AddDocument("type Query { hello(name: String = \"world\"): String }")
            .AddResolver("Query", "hello", ctx => $"Hello, {ctx.ArgumentValue<string>("name")}!")
            .Build();   // the built schema is read-only: bind on the builder

        var executor = new RequestExecutor(schema);
        var result = await executor.ExecuteAsync(new ExecutionRequest("{ hello(name: \"Ada\") }"));
        Assert.Equal("{\"data\":{\"hello\":\"Hello, Ada!\"}}", result.ToJson());
    }

    [Fact]
    public async Task Code_First_Example_Answers_A_Book()
    {
        var schema = new CodeFirstSchemaBuilder().AddQueryType<Query>().Build();
        var result = await new RequestExecutor(schema).ExecuteAsync(new ExecutionRequest("{ book(id: 1) { title } }"));
        Assert.Equal("{\"data\":{\"book\":{\"title\":\"Dune\"}}}", result.ToJson());
    }

    public sealed class Query
    {
        public Book? Book(int id) => id == 1 ? new Book("Dune") : null;
    }

    public sealed record Book(string Title);
}
