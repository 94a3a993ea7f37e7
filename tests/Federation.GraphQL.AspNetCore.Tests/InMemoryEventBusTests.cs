using Federation.GraphQL.Subscriptions;

namespace Federation.GraphQL.AspNetCore.Tests;

public class InMemoryEventBusTests
{
    [Fact]
    public async Task Subscriber_Receives_Events_Sent_After_It_Subscribed()
    {
        var bus = new InMemoryEventBus();
        await bus.SendAsync("t", "before");
        await using var stream = await bus.SubscribeAsync<string>("t");
        await bus.SendAsync("t", "a");
        await bus.SendAsync("t", "b");
        await bus.CompleteAsync("t");
        var received = new List<string>();
        await foreach (var e in stream) received.Add(e);
        Assert.Equal(["a", "b"], received);
    }

    [Theory]
    [InlineData(BufferFullMode.DropOldest, new[] { 3, 4 })]
    [InlineData(BufferFullMode.DropNewest, new[] { 1, 2 })]
    public async Task Full_Buffer_Drops_As_Configured(BufferFullMode mode, int[] expected)
    {
        var bus = new InMemoryEventBus(new SubscriptionBufferOptions { Capacity = 2, FullMode = mode });
        await using var stream = await bus.SubscribeAsync<int>("t");
        for (var i = 1; i <= 4; i++) await bus.SendAsync("t", i);
        await bus.CompleteAsync("t");
        var received = new List<int>();
        await foreach (var e in stream) received.Add(e);
        Assert.Equal(expected, received);
    }

    [Fact]
    public async Task Full_Buffer_Ends_The_Subscription_In_Complete_Mode()
    {
        var bus = new InMemoryEventBus(new SubscriptionBufferOptions { Capacity = 1, FullMode = BufferFullMode.Complete });
        var stream = await bus.SubscribeAsync<int>("t");
        await bus.SendAsync("t", 1);
        await bus.SendAsync("t", 2);
        var received = new List<int>();
        var error = await Assert.ThrowsAsync<SubscriptionBufferFullException>(async () =>
        {
            await foreach (var e in stream) received.Add(e);
        });
        Assert.Equal([1], received);
        Assert.Contains("fell too far behind", error.Message);
    }

    [Fact]
    public async Task Disposed_Subscriber_Leaves_The_Topic()
    {
        var bus = new InMemoryEventBus();
        var first = await bus.SubscribeAsync<string>("t");
        var second = await bus.SubscribeAsync<string>("t");
        Assert.Equal(2, bus.SubscriberCount("t"));
        await first.DisposeAsync();
        Assert.Equal(1, bus.SubscriberCount("t"));
        await second.DisposeAsync();
        Assert.Equal(0, bus.SubscriberCount("t"));
        await using var third = await bus.SubscribeAsync<string>("t");
        await bus.SendAsync("t", "x");
        await bus.CompleteAsync("t");
        var received = new List<string>();
        await foreach (var e in third) received.Add(e);
        Assert.Equal(["x"], received);
    }
}
