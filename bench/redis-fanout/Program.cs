using System.Diagnostics;
using System.Globalization;
using Federation.GraphQL.Subscriptions;
using Federation.Bench.RedisFanout;
using Federation.GraphQL.Redis.Subscriptions;

// Event-bus fan-out through Redis. Two bus instances (as two servers would have) share one redis-server; SUBSCRIBERS
// subscribe to one topic, alternating between the two; bus A publishes. Each event carries the Stopwatch timestamp taken
// just before SendAsync; a delivery is the moment a subscriber's `await foreach` over its ISourceStream gets the event
// (after Redis, the bus's JSON decoding and the subscriber's bounded buffer), so latency = publish call -> delivery, one clock.
// 1. throughput: EVENTS sent back to back (at most 16 SendAsync in flight); events/s = EVENTS / (first send -> last delivery).
// 2. paced: RATE events/s for SECONDS; latency percentiles over every delivery.
// Usage: Federation.Bench.RedisFanout <host:port> [subscribers=1000] [events=2000] [rate=100] [seconds=10]
var endPoint = args.Length > 0 ? args[0] : throw new ArgumentException("usage: Federation.Bench.RedisFanout <host:port> [subscribers] [events] [rate] [seconds]");
var inv = CultureInfo.InvariantCulture;
var subscribers = Arg(1, 1000);
var burst = Arg(2, 2000);
var rate = Arg(3, 100);
var seconds = Arg(4, 10);
var paced = rate * seconds;

var options = new RedisSubscriptionOptions
{
    ChannelPrefix = $"fanout:{Guid.NewGuid():N}:",
    Buffer = new SubscriptionBufferOptions { Capacity = 1 << 20, FullMode = BufferFullMode.DropNewest }, // never full here
};
await using var busA = await Buses.CreateAsync(endPoint, options);
await using var busB = await Buses.CreateAsync(endPoint, options);

var warmed = new int[subscribers];
var warmedCount = 0;
var delivered = new long[3];
var latencies = new[] { Array.Empty<long>(), new long[subscribers * (long)burst], new long[subscribers * (long)paced] };
var streams = new List<ISourceStream<Tick>>();
var readers = new List<Task>();
for (var i = 0; i < subscribers; i++)
{
    var stream = await (i % 2 == 0 ? busA : busB).SubscribeAsync<Tick>("ticks");
    streams.Add(stream);
    var index = i;
    readers.Add(Task.Run(async () =>
    {
        await foreach (var tick in stream)
        {
            var now = Stopwatch.GetTimestamp();
            if (tick.Phase == 0)
            {
                if (Interlocked.Exchange(ref warmed[index], 1) == 0) Interlocked.Increment(ref warmedCount);
                continue;
            }
            var perPhase = tick.Phase == 1 ? burst : paced;
            latencies[tick.Phase][index * (long)perPhase + tick.Seq] = now - tick.Sent;
            Interlocked.Increment(ref delivered[tick.Phase]);
        }
    }));
}

// Warm up: publish until every subscriber has seen an event (subscriptions settled, JIT done).
var warmClock = Stopwatch.StartNew();
while (Volatile.Read(ref warmedCount) < subscribers)
{
    if (warmClock.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException($"only {warmedCount} of {subscribers} subscribers got the warm-up events");
    await busA.SendAsync("ticks", new Tick(0, 0, Stopwatch.GetTimestamp()));
    await Task.Delay(50);
}
await Task.Delay(500);

// 1. Throughput.
var clock = Stopwatch.StartNew();
using (var window = new SemaphoreSlim(16))
{
    var sends = new List<Task>(burst);
    for (var k = 0; k < burst; k++)
    {
        await window.WaitAsync();
        var seq = k;
        sends.Add(Task.Run(async () =>
        {
            try { await busA.SendAsync("ticks", new Tick(1, seq, Stopwatch.GetTimestamp())); }
            finally { window.Release(); }
        }));
    }
    await Task.WhenAll(sends);
}
await WaitForDeliveries(1, (long)burst * subscribers);
var burstSeconds = clock.Elapsed.TotalSeconds;

// 2. Paced.
var start = Stopwatch.GetTimestamp();
var pacedSends = new List<Task>(paced);
for (var k = 0; k < paced; k++)
{
    var due = start + (long)(k * (double)Stopwatch.Frequency / rate);
    var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
    if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
    pacedSends.Add(busA.SendAsync("ticks", new Tick(2, k, Stopwatch.GetTimestamp())).AsTask());
}
await Task.WhenAll(pacedSends);
await WaitForDeliveries(2, (long)paced * subscribers);

foreach (var s in streams) await s.DisposeAsync();
await Task.WhenAll(readers);


Console.WriteLine($"implementation,{Buses.Implementation}");
Console.WriteLine($"subscribers,{subscribers} (two bus instances, {subscribers / 2} + {subscribers - subscribers / 2})");
Console.WriteLine(string.Create(inv, $"burst,{burst} events x {subscribers} subscribers in {burstSeconds:F2} s"));
Console.WriteLine(string.Create(inv, $"burst_events_per_s,{burst / burstSeconds:F0}"));
Console.WriteLine(string.Create(inv, $"burst_deliveries_per_s,{burst * (double)subscribers / burstSeconds:F0}"));
Console.WriteLine($"burst_latency_ms_p50_p99_max,{Percentiles(latencies[1])}");
Console.WriteLine($"paced,{paced} events at {rate}/s, {delivered[2]} of {(long)paced * subscribers} deliveries");
Console.WriteLine($"paced_latency_ms_p50_p90_p99_max,{Percentiles(latencies[2], 0.9)}");
return 0;

async Task WaitForDeliveries(int phase, long expected)
{
    var deadline = Stopwatch.StartNew();
    while (Volatile.Read(ref delivered[phase]) < expected)
    {
        if (deadline.Elapsed > TimeSpan.FromSeconds(120)) throw new TimeoutException($"phase {phase}: {delivered[phase]} of {expected} deliveries");
        await Task.Delay(1);
    }
}

string Percentiles(long[] ticks, double? extra = null)
{
    Array.Sort(ticks);
    string Ms(double q) => (ticks[Math.Min(ticks.Length - 1, (int)(q * ticks.Length))] * 1000.0 / Stopwatch.Frequency).ToString("F2", inv);
    var quantiles = extra is { } e ? new[] { 0.5, e, 0.99, 1.0 } : [0.5, 0.99, 1.0];
    return string.Join(" / ", quantiles.Select(Ms));
}

int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], inv) : fallback;

internal sealed record Tick(int Phase, int Seq, long Sent);
