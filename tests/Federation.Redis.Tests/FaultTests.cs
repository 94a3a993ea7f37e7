using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;

namespace Federation.Redis.Tests;

/// <summary>Stops and restarts a DEDICATED redis-server mid-traffic (never the shared one).</summary>
public class FaultTests
{
    [Theory]
    [InlineData("resp3")]
    [InlineData("resp2")]
    public async Task Server_Restart_Fails_Pending_Calls_Then_Recovers_And_Resubscribes(string protocol)
    {
        await using var server = await RedisTestServer.StartAsync();
        var cs = $"{server.EndPoint},protocol={protocol},syncTimeout=30000";
        await using var redis = await RedisClient.ConnectAsync(cs);
        await using var blocking = await RedisClient.ConnectAsync(cs);
        await using var subscriber = await RedisSubscriber.ConnectAsync(cs);
        var received = Channel.CreateUnbounded<RedisChannelMessage>();
        await using var sub = await subscriber.SubscribeAsync("events", m => received.Writer.TryWrite(m));
        await using var psub = await subscriber.PatternSubscribeAsync("ev*", m => received.Writer.TryWrite(m));

        // Traffic: every caller checks that each reply is its own (a value only it ever writes).
        using var stop = new CancellationTokenSource();
        var wrongReplies = new ConcurrentBag<string>();
        var failures = new ConcurrentBag<Exception>();
        var successes = 0;
        var traffic = Enumerable.Range(0, 20).Select(caller => Task.Run(async () =>
        {
            for (var round = 0; !stop.IsCancellationRequested; round++)
            {
                var value = $"c{caller}-r{round}";
                try
                {
                    await redis.SetAsync($"k{caller}", value);
                    var got = await redis.GetAsync($"k{caller}");
                    // null: the server restarted empty between SET and GET. Anything else is someone else's reply.
                    if (got is not null && got != value) wrongReplies.Add($"caller {caller} expected {value}, got {got}");
                    Interlocked.Increment(ref successes);
                }
                catch (RedisException ex)
                {
                    failures.Add(ex);
                    await Task.Delay(5);
                }
            }
        })).ToArray();

        await PubSubTests.WaitFor(() => Task.FromResult(Volatile.Read(ref successes) > 200));
        var pending = blocking.ExecuteAsync("BLPOP", "never", "20"); // in flight when the server dies
        await Task.Delay(50);
        var clock = Stopwatch.StartNew();
        server.Kill();
        var lost = await Assert.ThrowsAsync<RedisConnectionException>(() => pending);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"pending call failed only after {clock.Elapsed}");
        Assert.Contains($"The connection to Redis at {server.EndPoint} was lost", lost.Message);

        var down = await Assert.ThrowsAsync<RedisConnectionException>(() => redis.GetAsync("k0"));
        Assert.Contains("Redis at " + server.EndPoint, down.Message);

        await server.LaunchAsync(); // same port
        await PubSubTests.WaitFor(async () =>
        {
            try { return await redis.PingAsync() == "PONG"; }
            catch (RedisConnectionException) { return false; }
        });
        var before = Volatile.Read(ref successes);
        await PubSubTests.WaitFor(() => Task.FromResult(Volatile.Read(ref successes) > before + 200));
        stop.Cancel();
        await Task.WhenAll(traffic);

        Assert.Empty(wrongReplies);
        Assert.NotEmpty(failures);
        Assert.All(failures, f => Assert.IsType<RedisConnectionException>(f));

        // The subscriber reconnected and subscribed again by itself.
        await PubSubTests.WaitFor(() => Task.FromResult(subscriber.Connection.IsConnected));
        Assert.Equal(2, await redis.PublishAsync("events", "after restart"));
        var messages = new[] { await PubSubTests.Next(received), await PubSubTests.Next(received) };
        Assert.All(messages, m => Assert.Equal("after restart", m.Message));
        Assert.Equal([SubscriptionKind.Channel, SubscriptionKind.Pattern], messages.Select(m => m.Kind).Order());
        await PubSubTests.WaitFor(async () => // every connection comes back on its own, the blocked one included
        {
            try { return await blocking.PingAsync() == "PONG"; }
            catch (RedisConnectionException) { return false; }
        });
    }
}
