using System.Diagnostics;
using System.Globalization;
using Federation.Redis;

// GET/SET throughput of Federation.Redis: N concurrent callers share ONE multiplexed connection, each awaiting its
// own command in a loop (automatic pipelining does the batching). Prints "op,requests_per_second" lines (CSV).
// Usage: Federation.Redis.Bench <host:port> [callers=50] [seconds=5] [ops=get,set]
var endPoint = args.Length > 0 ? args[0] : "127.0.0.1:6379";
var callers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
var seconds = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 5;
var ops = args.Length > 3 ? args[3].Split(',') : ["set", "get"];

await using var redis = await RedisClient.ConnectAsync(endPoint);
const string Key = "key:__rand_int__"; // the key redis-benchmark uses without -r
const string Value = "xxx";              // redis-benchmark's default 3-byte value
await redis.SetAsync(Key, Value);

foreach (var op in ops)
{
    await Run(op, TimeSpan.FromSeconds(Math.Min(2, seconds / 2))); // warm up (JIT, tiering)
    var rate = await Run(op, TimeSpan.FromSeconds(seconds));
    Console.WriteLine($"{op.ToUpperInvariant()},{rate.ToString("F0", CultureInfo.InvariantCulture)}");
}

async Task<double> Run(string op, TimeSpan duration)
{
    var stop = false;
    var counts = new long[callers];
    var clock = Stopwatch.StartNew();
    var tasks = new Task[callers];
    for (var c = 0; c < callers; c++)
    {
        var caller = c;
        tasks[c] = Task.Run(async () =>
        {
            long n = 0;
            if (op == "get")
            {
                while (!Volatile.Read(ref stop))
                {
                    if (await redis.GetAsync(Key) is null) throw new InvalidOperationException("GET returned nil");
                    n++;
                }
            }
            else
            {
                while (!Volatile.Read(ref stop))
                {
                    await redis.SetAsync(Key, Value);
                    n++;
                }
            }
            counts[caller] = n;
        });
    }
    await Task.Delay(duration);
    Volatile.Write(ref stop, true);
    await Task.WhenAll(tasks);
    var elapsed = clock.Elapsed.TotalSeconds;
    return counts.Sum() / elapsed;
}
