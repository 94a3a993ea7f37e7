using System.Collections.Concurrent;
using System.Net;

namespace Federation.GraphQL.Redis.Tests;

/// <summary>Kills and restarts a DEDICATED redis-server (never the shared one) under two GraphQL servers.</summary>
public class RestartTests
{
    private const int Rooms = 6;

    [Fact]
    public async Task Subscribers_Get_Their_Events_Again_After_Redis_Restarts_And_Readiness_Follows_Redis()
    {
        await using var redis = await RedisTestServer.StartAsync();
        var prefix = RedisTestServer.Key("restart") + ":";
        await using var serverA = await TestGraphQLServer.StartAsync(redis.EndPoint, prefix);
        await using var serverB = await TestGraphQLServer.StartAsync(redis.EndPoint, prefix);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

        // One subscriber per room, alternating between the servers; mutations go through the other server.
        var subscribers = new List<SseSubscription>();
        for (var room = 0; room < Rooms; room++)
        {
            subscribers.Add(await SseSubscription.OpenAsync(client, (room % 2 == 0 ? serverA : serverB).Address, $"room{room}"));
        }
        var received = Enumerable.Range(0, Rooms).Select(_ => new ConcurrentQueue<string>()).ToArray();
        using var stopReading = new CancellationTokenSource();
        var readers = subscribers.Select((s, room) => Task.Run(async () =>
        {
            while (!stopReading.IsCancellationRequested && !s.Ended)
            {
                if (await s.NextAsync(TimeSpan.FromMilliseconds(200)) is { } data) received[room].Enqueue(data);
            }
        })).ToArray();

        // Mid-traffic: every room gets a message every ~50 ms, numbered, through the server its subscriber is not on.
        using var stopTraffic = new CancellationTokenSource();
        var sent = 0;
        var traffic = Task.Run(async () =>
        {
            while (!stopTraffic.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref sent);
                await Task.WhenAll(Enumerable.Range(0, Rooms).Select(room =>
                    (room % 2 == 0 ? serverB : serverA).PostAsync(client, $"room{room}", $"room{room}-{n}")));
                await Task.Delay(50);
            }
        });
        await TestWait.For(() => Task.FromResult(received.All(q => q.Count >= 3)), "every room receives before the restart", 20);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, serverA, "/health/ready"));

        redis.Kill();
        await TestWait.For(async () => await StatusAsync(client, serverA, "/health/ready") == HttpStatusCode.ServiceUnavailable
            && await StatusAsync(client, serverB, "/health/ready") == HttpStatusCode.ServiceUnavailable, "readiness reports Redis down", 30);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, serverA, "/health/live")); // the server itself stays up
        var whileDown = await serverA.PostAsync(client, "room1", "while down");
        Assert.Contains("\"errors\"", whileDown); // the mutation cannot publish: an error, not a hang or a crash

        await redis.LaunchAsync(); // same port
        await TestWait.For(async () => await StatusAsync(client, serverA, "/health/ready") == HttpStatusCode.OK
            && await StatusAsync(client, serverB, "/health/ready") == HttpStatusCode.OK, "readiness recovers", 30);
        var restartedAt = Volatile.Read(ref sent);
        await TestWait.For(() => Task.FromResult(received.All(q => q.Any(d => Number(d) > restartedAt))),
            "every subscriber receives events sent after the restart", 30);
        stopTraffic.Cancel();
        await traffic;
        stopReading.Cancel();
        await Task.WhenAll(readers);
        foreach (var s in subscribers) await s.DisposeAsync();

        for (var room = 0; room < Rooms; room++)
        {
            // Nobody gets another subscriber's events, and what each one got is in order.
            var numbers = received[room].Select(d =>
            {
                Assert.Contains($"\"room\":\"room{room}\",\"text\":\"room{room}-", d);
                return Number(d);
            }).ToList();
            Assert.Equal(numbers.Order(), numbers);
        }
    }

    [Fact]
    public async Task Server_Started_While_Redis_Is_Down_Comes_Up_Reports_Down_And_Works_Once_Redis_Starts()
    {
        var port = RedisTestServer.FreePort();
        var prefix = RedisTestServer.Key("late") + ":";
        await using var server = await TestGraphQLServer.StartAsync($"127.0.0.1:{port}", prefix); // nothing listens there yet
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, server, "/health/live"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await StatusAsync(client, server, "/health/ready"));
        Assert.Contains("\"errors\"", await server.PostAsync(client, "r", "too early"));

        await using var redis = RedisTestServer.OnPort(port);
        await redis.LaunchAsync();
        await TestWait.For(async () => await StatusAsync(client, server, "/health/ready") == HttpStatusCode.OK, "readiness once Redis is up", 30);
        await using var subscription = await SseSubscription.OpenAsync(client, server.Address, "r");
        string? data = null;
        for (var i = 0; data is null && i < 50; i++)
        {
            await server.PostAsync(client, "r", "now");
            data = await subscription.NextAsync(TimeSpan.FromMilliseconds(300));
        }
        Assert.Equal("{\"data\":{\"onMessage\":{\"room\":\"r\",\"text\":\"now\"}}}", data);
    }

    private static int Number(string data)
    {
        var dash = data.LastIndexOf('-');
        return int.Parse(data[(dash + 1)..data.IndexOf('"', dash)]);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, TestGraphQLServer server, string path)
    {
        using var response = await client.GetAsync(new Uri(server.Address, path));
        return response.StatusCode;
    }
}
