using System.Text;
using Federation.GraphQL.AspNetCore.WebSockets;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Subscriptions;

namespace Federation.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>The socket writer and the per-operation bound, with a sender the test holds back (a client that reads slowly).</summary>
public class GraphQLWsOutboxTests
{
    private sealed class GatedSocket
    {
        public readonly List<string> Sent = [];
        public readonly SemaphoreSlim Gate = new(0);
        public readonly TaskCompletionSource FirstSendStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public (int Code, string Reason)? Closed;

        public async ValueTask SendAsync(ReadOnlyMemory<byte> utf8, CancellationToken cancellationToken)
        {
            var text = Encoding.UTF8.GetString(utf8.Span);
            FirstSendStarted.TrySetResult();
            await Gate.WaitAsync(cancellationToken);
            lock (Sent) Sent.Add(text);
        }

        public Task CloseAsync(int code, string reason, CancellationToken cancellationToken)
        {
            Closed = (code, reason);
            return Task.CompletedTask;
        }
    }

    private static GraphQLWsFrame Next(string id, int n)
        => GraphQLWsMessageWriter.Next(id, new ExecutionResult(new Dictionary<string, object?> { ["n"] = n }, null));

    private static (GatedSocket Socket, GraphQLWsOutbox Outbox, Task Writer) Start()
    {
        var socket = new GatedSocket();
        var outbox = new GraphQLWsOutbox(socket.SendAsync, socket.CloseAsync);
        return (socket, outbox, Task.Run(() => outbox.RunAsync(CancellationToken.None)));
    }

    [Theory]
    [InlineData(BufferFullMode.DropOldest, new[] { 0, 7, 8, 9 })]
    [InlineData(BufferFullMode.DropNewest, new[] { 0, 1, 2, 3 })]
    public async Task Full_Operation_Buffer_Drops_As_Configured(BufferFullMode mode, int[] expected)
    {
        var (socket, outbox, writer) = Start();
        using var operation = new GraphQLWsOperation("a", outbox, new SubscriptionBufferOptions { Capacity = 3, FullMode = mode }, default);
        Assert.True(operation.TryEnqueueResult(Next("a", 0), out _));
        await socket.FirstSendStarted.Task.WaitAsync(TimeSpan.FromSeconds(10)); // result 0 is being written; 1..9 wait
        for (var i = 1; i < 10; i++)
        {
            Assert.True(operation.TryEnqueueResult(Next("a", i), out var full));
            Assert.False(full);
        }
        operation.EnqueueFinal(GraphQLWsMessageWriter.Complete("a"));
        socket.Gate.Release(100);
        await Eventually.True(() => { lock (socket.Sent) return socket.Sent.Count > 0 && socket.Sent[^1].Contains("\"complete\""); });
        outbox.Close(1000, "");
        await writer.WaitAsync(TimeSpan.FromSeconds(10));

        var sent = socket.Sent.Where(s => s.Contains("\"next\"")).Select(s => int.Parse(s.Split("\"n\":")[1].Split('}')[0])).ToArray();
        Assert.Equal(expected, sent);
        Assert.Equal(10 - expected.Length, operation.DroppedResults);
        Assert.Equal((1000, ""), socket.Closed);
    }

    [Fact]
    public async Task Full_Operation_Buffer_In_Complete_Mode_Refuses_The_Result()
    {
        var (socket, outbox, writer) = Start();
        using var operation = new GraphQLWsOperation("a", outbox, new SubscriptionBufferOptions { Capacity = 2, FullMode = BufferFullMode.Complete }, default);
        Assert.True(operation.TryEnqueueResult(Next("a", 0), out _));
        await socket.FirstSendStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(operation.TryEnqueueResult(Next("a", 1), out _));
        Assert.True(operation.TryEnqueueResult(Next("a", 2), out _));
        Assert.False(operation.TryEnqueueResult(Next("a", 3), out var full));
        Assert.True(full);
        outbox.Abandon();
        socket.Gate.Release(100);
        await writer.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(3, socket.Sent.Count);
    }

    [Fact]
    public async Task Ended_Operation_Sends_Nothing_More_While_Others_Go_On()
    {
        var (socket, outbox, writer) = Start();
        var buffer = new SubscriptionBufferOptions();
        using var ended = new GraphQLWsOperation("a", outbox, buffer, default);
        using var other = new GraphQLWsOperation("b", outbox, buffer, default);
        Assert.True(outbox.TryEnqueue(GraphQLWsMessageWriter.Ping()));
        await socket.FirstSendStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        ended.TryEnqueueResult(Next("a", 1), out _);
        other.TryEnqueueResult(Next("b", 1), out _);
        ended.EnqueueFinal(GraphQLWsMessageWriter.Complete("a"));
        ended.End();
        Assert.True(ended.Token.IsCancellationRequested);
        Assert.False(ended.TryEnqueueResult(Next("a", 2), out _));
        other.EnqueueFinal(GraphQLWsMessageWriter.Complete("b"));
        socket.Gate.Release(100);
        await Eventually.True(() => { lock (socket.Sent) return socket.Sent.Count == 3; });
        outbox.Abandon();
        await writer.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(
            ["""{"type":"ping"}""", """{"id":"b","type":"next","payload":{"data":{"n":1}}}""", """{"id":"b","type":"complete"}"""],
            socket.Sent);
        Assert.Null(socket.Closed);
    }

    [Fact]
    public async Task Close_Skips_Queued_Frames_And_Sends_The_Close_Once()
    {
        var (socket, outbox, writer) = Start();
        Assert.True(outbox.TryEnqueue(GraphQLWsMessageWriter.Ping()));
        await socket.FirstSendStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(outbox.TryEnqueue(GraphQLWsMessageWriter.Pong(null)));
        Assert.True(outbox.Close(4400, new string('é', 100)));
        Assert.False(outbox.Close(1000, "second"));
        Assert.False(outbox.TryEnqueue(GraphQLWsMessageWriter.Ping()));
        socket.Gate.Release(100);
        await writer.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["""{"type":"ping"}"""], socket.Sent);
        Assert.Equal(4400, socket.Closed!.Value.Code);
        Assert.True(Encoding.UTF8.GetByteCount(socket.Closed.Value.Reason) <= 123); // RFC 6455 bound on close reasons
    }
}
