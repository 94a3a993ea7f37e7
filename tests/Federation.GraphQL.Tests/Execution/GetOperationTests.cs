using System.Text;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.ExecutionTests;

/// <summary>Spec 6.1.1 GetOperation as <see cref="PreparedDocument.GetOperation(string?, out GraphQLError?)"/> gives it, with graphql-js's messages.</summary>
public class GetOperationTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("type Query { a: Int } type Mutation { m: Int }");

    private static PreparedDocument Prepare(string query) => new RequestExecutor(Schema).GetDocument(query);

    [Fact]
    public void Only_Operation_Is_Selected_Without_A_Name()
    {
        var operation = Prepare("fragment F on Query { a } mutation { m }").GetOperation(null, out var error);
        Assert.Null(error);
        Assert.Equal(OperationType.Mutation, operation!.Operation);
    }

    [Fact]
    public void Named_Operation_Is_Selected_Among_Several()
    {
        var operation = Prepare("query A { a } mutation B { m }").GetOperation("B", out var error);
        Assert.Null(error);
        Assert.Equal("B", operation!.Name!.Value);
    }

    [Fact]
    public void Several_Operations_Without_A_Name_Is_An_Error()
    {
        Assert.Null(Prepare("query A { a } query B { a }").GetOperation(null, out var error));
        Assert.Equal("Must provide operation name if query contains multiple operations.", error!.Message);
    }

    [Fact]
    public void Unknown_Name_Is_An_Error()
    {
        Assert.Null(Prepare("query A { a }").GetOperation("C", out var error));
        Assert.Equal("Unknown operation named \"C\".", error!.Message);
    }

    [Fact]
    public void Document_Without_Operations_Is_An_Error()
    {
        var document = Parser.Parse("fragment F on Query { a }");
        Assert.Null(PreparedDocument.GetOperation(document, null, out var error));
        Assert.Equal("Must provide an operation.", error!.Message);
    }

    [Fact]
    public void Document_That_Did_Not_Parse_Gives_Its_Syntax_Error()
    {
        Assert.Null(Prepare("{ a").GetOperation(null, out var error));
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", error!.Message);
    }

    [Fact]
    public async Task Executor_Reports_The_Same_Messages()
    {
        var result = await new RequestExecutor(Schema).ExecuteAsync(new ExecutionRequest("query A { a } query B { a }"));
        Assert.Equal("Must provide operation name if query contains multiple operations.", result.Errors![0].Message);
    }

    [Fact]
    public async Task Utf8_And_String_Forms_Share_One_Cache_Entry()
    {
        var executor = new RequestExecutor(Schema);
        const string query = "query Ünïcode { a }";
        var fromText = executor.GetDocument(query);
        var fromBytes = executor.GetDocument(Encoding.UTF8.GetBytes(query));
        Assert.Same(fromText, fromBytes);
        var result = await executor.ExecuteAsync(new ExecutionRequest { QueryUtf8 = Encoding.UTF8.GetBytes("{ a }"), RootValue = new Dictionary<string, object?> { ["a"] = 7 } });
        Assert.Equal("""{"data":{"a":7}}""", result.ToJson());
        Assert.Equal(2, executor.Documents.Count);
    }

    [Fact]
    public async Task Empty_Utf8_Query_Is_An_Empty_Document()
    {
        var result = await new RequestExecutor(Schema).ExecuteAsync(new ExecutionRequest { QueryUtf8 = ReadOnlyMemory<byte>.Empty });
        Assert.Equal("Syntax Error: Unexpected <EOF>.", result.Errors![0].Message);
    }
}
