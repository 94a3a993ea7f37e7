using System.Runtime.CompilerServices;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.ExecutionTests;

public class SubscriptionTests
{
    private const string Sdl = """
        type Query { x: Int }
        type Message { id: Int! text: String }
        type Subscription { messageAdded(room: String!): Message! count: Int }
        """;

    /// <summary>A source stream that records whether it was disposed.</summary>
    private sealed class Source(IEnumerable<object?> events, TimeSpan? delay = null) : IAsyncEnumerable<object?>
    {
        public bool Disposed { get; private set; }
        public int Produced { get; private set; }

        public async IAsyncEnumerator<object?> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            try
            {
                foreach (var e in events)
                {
                    if (delay is { } d) await Task.Delay(d, cancellationToken);
                    Produced++;
                    yield return e;
                }
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            finally
            {
                Disposed = true;
            }
        }
    }

    private static Dictionary<string, object?> Message(int? id, string text) => new() { ["id"] = id, ["text"] = text };

    private static async Task<List<string>> Take(SubscriptionResult result, int count)
    {
        Assert.True(result.IsStream, result.Result?.ToJson());
        var list = new List<string>();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await foreach (var item in result.Stream!.WithCancellation(cts.Token))
        {
            list.Add(item.ToJson());
            if (list.Count == count) break;
        }
        return list;
    }

    [Fact]
    public async Task Each_Source_Event_Is_Executed_With_The_Event_As_Root_Value()
    {
        var schema = new SchemaBuilder().AddDocument(Sdl);
        string? room = null;
        var source = new Source([Message(1, "hi"), Message(2, "there")]);
        schema.AddSubscriber("Subscription", "messageAdded", ctx =>
        {
            room = ctx.ArgumentValue<string>("room");
            return new ValueTask<IAsyncEnumerable<object?>>(source);
        });
        var result = await new RequestExecutor(schema.Build()).SubscribeAsync(new ExecutionRequest("subscription { messageAdded(room: \"a\") { id text } }"));
        var events = await Take(result, 2);
        Assert.Equal("a", room);
        Assert.Equal(["""{"data":{"messageAdded":{"id":1,"text":"hi"}}}""", """{"data":{"messageAdded":{"id":2,"text":"there"}}}"""], events);
        Assert.True(source.Disposed);
    }

    [Fact]
    public async Task Event_Carrying_The_Field_Name_Is_Unwrapped_As_GraphQLJs_Does()
    {
        var schema = new SchemaBuilder().AddDocument(Sdl);
        var source = new Source([new Dictionary<string, object?> { ["count"] = 5 }]);
        schema.AddSubscriber("Subscription", "count", _ => new ValueTask<IAsyncEnumerable<object?>>(source));
        var events = await Take(await new RequestExecutor(schema.Build()).SubscribeAsync(new ExecutionRequest("subscription { count }")), 1);
        Assert.Equal(["""{"data":{"count":5}}"""], events);
    }

    [Fact]
    public async Task Errors_Are_Reported_Per_Event()
    {
        var schema = new SchemaBuilder().AddDocument(Sdl);
        var source = new Source([Message(null, "bad"), Message(3, "good")]);
        schema.AddSubscriber("Subscription", "messageAdded", _ => new ValueTask<IAsyncEnumerable<object?>>(source));
        var events = await Take(await new RequestExecutor(schema.Build()).SubscribeAsync(
            new ExecutionRequest("subscription { messageAdded(room: \"a\") { id } }")), 2);
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Message.id.","locations":[{"line":1,"column":42}],"path":["messageAdded","id"]}],"data":null}""",
            events[0]);
        Assert.Equal("""{"data":{"messageAdded":{"id":3}}}""", events[1]);
    }

    [Fact]
    public async Task Cancellation_Stops_The_Stream_And_Disposes_The_Source()
    {
        var schema = new SchemaBuilder().AddDocument(Sdl);
        var source = new Source(Enumerable.Range(1, 1000).Select(i => (object?)Message(i, "m")), TimeSpan.FromMilliseconds(5));
        schema.AddSubscriber("Subscription", "messageAdded", _ => new ValueTask<IAsyncEnumerable<object?>>(source));
        using var cts = new CancellationTokenSource();
        var result = await new RequestExecutor(schema.Build()).SubscribeAsync(new ExecutionRequest
        {
            Query = "subscription { messageAdded(room: \"a\") { id } }",
            CancellationToken = cts.Token,
        });
        var received = 0;
        await foreach (var _ in result.Stream!)
        {
            if (++received == 3) cts.Cancel();
        }
        Assert.Equal(3, received);
        Assert.True(source.Disposed);
        Assert.True(source.Produced < 10);
    }

    [Fact]
    public async Task Resolver_Returning_A_Stream_Serves_As_Subscriber()
    {
        var schema = new SchemaBuilder().AddDocument(Sdl);
        schema.AddResolver("Subscription", "count", _ => new ValueTask<object?>(Counter(3)));
        var events = await Take(await new RequestExecutor(schema.Build()).SubscribeAsync(new ExecutionRequest("subscription { count }")), 3);
        Assert.Equal(["""{"data":{"count":1}}""", """{"data":{"count":2}}""", """{"data":{"count":3}}"""], events);
    }

    private static async IAsyncEnumerable<object?> Counter(int n, [EnumeratorCancellation] CancellationToken ct = default)
    {
        for (var i = 1; i <= n; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    [Fact]
    public async Task Subscriber_Exception_Gives_An_Error_Result_Without_Data()
    {
        var schema = new SchemaBuilder().AddDocument(Sdl);
        schema.AddSubscriber("Subscription", "messageAdded", (SubscribeResolver)(_ => throw new InvalidOperationException("no such room")));
        var result = await new RequestExecutor(schema.Build()).SubscribeAsync(new ExecutionRequest("subscription { messageAdded(room: \"a\") { id } }"));
        Assert.False(result.IsStream);
        Assert.Equal("""{"errors":[{"message":"no such room","locations":[{"line":1,"column":16}],"path":["messageAdded"]}]}""", result.Result!.ToJson());
    }

    [Fact]
    public async Task Non_Stream_Value_Is_An_Error()
    {
        var schema = new SchemaBuilder().AddDocument(Sdl);
        var result = await new RequestExecutor(schema.Build()).SubscribeAsync(new ExecutionRequest { Query = "subscription { count }", RootValue = new Dictionary<string, object?> { ["count"] = 1 } });
        Assert.Equal("""{"errors":[{"message":"Subscription field must return Async Iterable. Received: 1.","locations":[{"line":1,"column":16}],"path":["count"]}]}""", result.Result!.ToJson());
    }

    [Fact]
    public async Task Query_Sent_To_Subscribe_Is_Rejected()
    {
        var schema = new SchemaBuilder().AddDocument(Sdl);
        var result = await new RequestExecutor(schema.Build()).SubscribeAsync(new ExecutionRequest("{ x }"));
        Assert.Equal("""{"errors":[{"message":"Expected subscription operation."}]}""", result.Result!.ToJson());
    }

    [Fact]
    public async Task Invalid_Subscription_Document_Gives_Validation_Errors()
    {
        var schema = new SchemaBuilder().AddDocument(Sdl);
        var result = await new RequestExecutor(schema.Build()).SubscribeAsync(new ExecutionRequest("subscription { count x: count }"));
        Assert.False(result.IsStream);
        Assert.Contains("must select only one top level field", result.Result!.ToJson());
    }
}
