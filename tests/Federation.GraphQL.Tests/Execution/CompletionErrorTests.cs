using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.ExecutionTests;

/// <summary>
/// Errors raised by completion (spec 6.4.3: null for non-null, invalid leaf values, values that are not lists) are
/// results carried to the nearest nullable position (spec 6.4.4), not exceptions thrown and caught per field.
/// </summary>
public class CompletionErrorTests
{
    private const string Sdl = "type Query { items: [Item] ints: [Int] strict: [Int!] notList: [Int] } type Item { id: Int! kind: Kind } enum Kind { A B }";

    private static RequestExecutor Executor(int count) => new(new SchemaBuilder()
        .AddDocument(Sdl)
        .AddResolver("Query", "items", _ => Enumerable.Range(0, count)
            .Select(i => new Dictionary<string, object?> { ["id"] = i % 2 == 0 ? null : i, ["kind"] = i % 2 == 0 ? "A" : "C" })
            .ToArray())
        .AddResolver("Query", "ints", _ => Enumerable.Range(0, count).Select(i => (object)("x" + i)).ToArray())
        .AddResolver("Query", "strict", _ => new object?[] { 1, null, 3, null })
        .AddResolver("Query", "notList", _ => 5)
        .Build());

    [Fact]
    public async Task Failing_Items_Raise_No_Exception_And_Report_One_Error_Each()
    {
        var executor = Executor(200);
        var thread = Environment.CurrentManagedThreadId;
        var thrown = 0;
        void Count(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e)
        {
            if (Environment.CurrentManagedThreadId == thread) Interlocked.Increment(ref thrown);
        }
        AppDomain.CurrentDomain.FirstChanceException += Count;
        ExecutionResult result;
        try
        {
            // Synchronous resolvers: the whole execution runs on this thread.
            var pending = executor.ExecuteAsync(new ExecutionRequest { Query = "{ items { id kind } ints }" });
            Assert.True(pending.IsCompleted);
            result = await pending;
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Count;
        }
        Assert.Equal(0, thrown);
        Assert.Equal(100 + 100 + 200, result.Errors!.Count);
        var json = result.ToJson();
        Assert.Contains("""{"message":"Cannot return null for non-nullable field Item.id.","locations":[{"line":1,"column":11}],"path":["items",0,"id"]}""", json);
        Assert.Contains("""{"message":"Enum \"Kind\" cannot represent value: \"C\"","locations":[{"line":1,"column":14}],"path":["items",1,"kind"]}""", json);
        Assert.Contains("""{"message":"Int cannot represent non-integer value: \"x199\"","locations":[{"line":1,"column":21}],"path":["ints",199]}""", json);
        Assert.StartsWith("""{"errors":""", json);
        Assert.Contains("\"data\":{\"items\":[null,{\"id\":1,\"kind\":null},null,", json);
    }

    [Fact]
    public async Task A_Null_Non_Null_Item_Nulls_The_List_With_The_First_Error()
    {
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.strict.","locations":[{"line":1,"column":3}],"path":["strict",1]}],"data":{"strict":null}}""",
            (await Executor(0).ExecuteAsync(new ExecutionRequest { Query = "{ strict }" })).ToJson());
    }

    [Fact]
    public async Task A_Value_That_Is_Not_A_List_Is_A_Field_Error()
    {
        Assert.Equal(
            """{"errors":[{"message":"Expected Iterable, but did not find one for field \"Query.notList\".","locations":[{"line":1,"column":3}],"path":["notList"]}],"data":{"notList":null}}""",
            (await Executor(0).ExecuteAsync(new ExecutionRequest { Query = "{ notList }" })).ToJson());
    }
}
