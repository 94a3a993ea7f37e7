using System.Text.Json;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;
using static Federation.GraphQL.ExecutionTests.ExecutionTestHarness;

namespace Federation.GraphQL.ExecutionTests;

public class RequestPipelineTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("type Query { a: Int b: String } type Mutation { m: Int }");

    private static readonly object Root = new Dictionary<string, object?> { ["a"] = 1, ["b"] = "x", ["m"] = 2 };

    [Fact]
    public async Task Same_Text_Is_Parsed_And_Validated_Once()
    {
        var executor = new RequestExecutor(Schema);
        await executor.ExecuteAsync(new ExecutionRequest("{ a }"));
        await executor.ExecuteAsync(new ExecutionRequest("{ a }"));
        await executor.ExecuteAsync(new ExecutionRequest("{ b }"));
        Assert.Equal(2, executor.Documents.Count);
        Assert.Equal(1, executor.Documents.Hits);
    }

    [Fact]
    public async Task Cache_Stays_Within_Its_Capacity()
    {
        var executor = new RequestExecutor(Schema, new ExecutorOptions { DocumentCacheSize = 8 });
        for (var i = 0; i < 50; i++) await executor.ExecuteAsync(new ExecutionRequest($"{{ a{i}: a }}"));
        Assert.True(executor.Documents.Count <= 8);
    }

    [Fact]
    public async Task Syntax_Error_Gives_Errors_And_No_Data()
    {
        Assert.Equal("""{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":4}]}]}""",
            await Run(Schema, "{ a"));
    }

    [Fact]
    public async Task Cached_Syntax_Error_Is_Reported_Again()
    {
        var executor = new RequestExecutor(Schema);
        var first = await executor.ExecuteAsync(new ExecutionRequest("{"));
        var second = await executor.ExecuteAsync(new ExecutionRequest("{"));
        Assert.Equal(first.ToJson(), second.ToJson());
        Assert.False(second.HasData);
    }

    [Fact]
    public async Task Validation_Error_Gives_Errors_And_No_Data()
    {
        var result = await new RequestExecutor(Schema).ExecuteAsync(new ExecutionRequest("{ zzz }"));
        Assert.False(result.HasData);
        Assert.Equal("""{"errors":[{"message":"Cannot query field \"zzz\" on type \"Query\".","locations":[{"line":1,"column":3}]}]}""", result.ToJson());
    }

    [Theory]
    [InlineData("query A { a } query B { b }", null, """{"errors":[{"message":"Must provide operation name if query contains multiple operations."}]}""")]
    [InlineData("query A { a } query B { b }", "C", """{"errors":[{"message":"Unknown operation named \"C\"."}]}""")]
    [InlineData("query A { a } query B { b }", "B", """{"data":{"b":"x"}}""")]
    [InlineData("query A { a }", "A", """{"data":{"a":1}}""")]
    [InlineData("mutation { m }", null, """{"data":{"m":2}}""")]
    public async Task Operation_Is_Selected_By_Name(string query, string? name, string expected)
    {
        Assert.Equal(expected, await Run(Schema, query, Root, operationName: name));
    }

    [Fact]
    public async Task Document_Without_Operation_Is_Rejected()
    {
        var document = Parser.Parse("fragment F on Query { a }");
        var result = await new RequestExecutor(Schema, new ExecutorOptions { ValidateDocuments = false })
            .ExecuteAsync(new ExecutionRequest { Document = document });
        Assert.Equal("""{"errors":[{"message":"Must provide an operation."}]}""", result.ToJson());
    }

    [Fact]
    public async Task Parsed_Document_Can_Be_Executed()
    {
        var result = await new RequestExecutor(Schema).ExecuteAsync(new ExecutionRequest { Document = Parser.Parse("{ a b }"), RootValue = Root });
        Assert.Equal("""{"data":{"a":1,"b":"x"}}""", result.ToJson());
    }

    [Fact]
    public async Task Operation_Type_Missing_From_The_Schema_Is_An_Error_With_Null_Data()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { a: Int }");
        var document = Parser.Parse("mutation { a }");
        var result = await new RequestExecutor(schema.Build(), new ExecutorOptions { ValidateDocuments = false })
            .ExecuteAsync(new ExecutionRequest { Document = document });
        Assert.Equal("""{"errors":[{"message":"Schema is not configured to execute mutation operation.","locations":[{"line":1,"column":1}]}],"data":null}""", result.ToJson());
    }

    [Fact]
    public async Task JsonElement_Variables_Are_Accepted()
    {
        var schema = new SchemaBuilder().AddDocument("type Query { echo(v: [Int]): [Int] }");
        schema.AddResolver("Query", "echo", ctx => ctx.Arguments["v"]);
        var variables = new Dictionary<string, object?> { ["v"] = JsonDocument.Parse("[1,2]").RootElement };
        var result = await new RequestExecutor(schema.Build()).ExecuteAsync(new ExecutionRequest("query($v: [Int]) { echo(v: $v) }", variables));
        Assert.Equal("""{"data":{"echo":[1,2]}}""", result.ToJson());
    }

    [Fact]
    public void Result_Json_Puts_Errors_First_Then_Data_Then_Extensions()
    {
        var data = new Dictionary<string, object?> { ["a"] = 1.0, ["b"] = 0.1, ["c"] = new object?[] { true, null, "é" } };
        var result = new ExecutionResult(data, [new GraphQLError("e", [new ErrorLocation(1, 2)], ["a", 0])])
        {
            Extensions = new Dictionary<string, object?> { ["cost"] = 3L },
        };
        Assert.Equal(
            """{"errors":[{"message":"e","locations":[{"line":1,"column":2}],"path":["a",0]}],"data":{"a":1,"b":0.1,"c":[true,null,"é"]},"extensions":{"cost":3}}""",
            result.ToJson());
    }

    [Fact]
    public void Result_Without_Data_Has_No_Data_Key()
    {
        Assert.Equal("""{"errors":[{"message":"bad"}]}""", ExecutionResult.FromError(new GraphQLError("bad")).ToJson());
    }

    [Fact]
    public async Task Result_Data_Is_An_Ordered_Map()
    {
        var result = await new RequestExecutor(Schema).ExecuteAsync(new ExecutionRequest { Query = "{ b a }", RootValue = Root });
        Assert.Equal(["b", "a"], result.Data!.Keys);
        Assert.Equal(1, result.Data["a"]);
    }

    [Fact]
    public async Task Introspection_Meta_Fields_Are_Answered()
    {
        Assert.Equal("""{"data":{"__schema":{"queryType":{"name":"Query"},"mutationType":{"name":"Mutation"}},"__type":{"kind":"OBJECT"},"__typename":"Query"}}""",
            await Run(Schema, "{ __schema { queryType { name } mutationType { name } } __type(name: \"Query\") { kind } __typename }"));
    }

    [Fact]
    public async Task Many_Concurrent_Requests_Share_One_Executor()
    {
        var executor = new RequestExecutor(Schema);
        var tasks = Enumerable.Range(0, 64).Select(i => Task.Run(async () =>
            (await executor.ExecuteAsync(new ExecutionRequest { Query = i % 2 == 0 ? "{ a }" : "{ b }", RootValue = Root })).ToJson()));
        var results = await Task.WhenAll(tasks);
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(i % 2 == 0 ? """{"data":{"a":1}}""" : """{"data":{"b":"x"}}""", results[i]);
        }
    }
}
