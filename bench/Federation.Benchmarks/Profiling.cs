using System.Diagnostics;
using System.Diagnostics.Tracing;

namespace Federation.Benchmarks;

/// <summary>
/// <c>profile &lt;case&gt; [seconds | <n>x]</c>: runs one benchmark body in a loop (no BenchmarkDotNet) and prints the time per
/// operation and where the allocations go (sampled by the runtime's GC AllocationTick event, about one sample per
/// 100 KB allocated). Attach <c>perf record</c> to it (with DOTNET_PerfMapEnabled=1) to see where the time goes.
/// </summary>
public static class Profiling
{
    private static readonly Dictionary<string, Func<Func<object?>>> Cases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["parse-kitchen-sink"] = () => new ParseBenchmarks().KitchenSink_String,
        ["parse-introspection"] = () => new ParseBenchmarks().Introspection_String,
        ["validate-kitchen-sink"] = () => Setup(new ValidateBenchmarks(), b => b.Setup()).Validate_KitchenSink,
        ["validate-introspection"] = () => Setup(new ValidateBenchmarks(), b => b.Setup()).Validate_Introspection,
        ["execute-objects"] = () => Box(Setup(new ExecuteBenchmarks(), b => b.Setup()).Products_Objects_Json),
        ["execute-objects-noserialization"] = () => Setup(new ExecuteBenchmarks(), b => b.Setup()).Products_Objects_NoSerialization,
        ["execute-dictionaries"] = () => Box(Setup(new ExecuteBenchmarks(), b => b.Setup()).Products_Dictionaries_Json),
        ["serve-items"] = () => Box(Setup(new ServeBenchmarks(), b => b.Setup()).Items),
        ["serve-hello"] = () => Box(Setup(new ServeBenchmarks(), b => b.Setup()).Hello),
        ["introspection"] = () => Box(Setup(new IntrospectionBenchmarks(), b => b.Setup()).Introspection_Json),
    };

    public static int Run(string[] args)
    {
        if (args.Length < 2 || !Cases.TryGetValue(args[1], out var create))
        {
            Console.Error.WriteLine($"usage: profile <{string.Join("|", Cases.Keys)}> [seconds | <n>x]");
            return 2;
        }
        // "<n>x" runs exactly n operations (for instruction counts under valgrind: the difference of two counts / ops).
        var fixedOps = args.Length > 2 && args[2].EndsWith('x') ? long.Parse(args[2][..^1], System.Globalization.CultureInfo.InvariantCulture) : -1;
        var seconds = args.Length > 2 && fixedOps < 0 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10;
        var body = create();
        for (var i = 0; i < 200; i++) body(); // warm-up through the JIT tiers

        using var allocations = fixedOps >= 0 ? null : new AllocationSampler();
        var clock = Stopwatch.StartNew();
        var before = GC.GetAllocatedBytesForCurrentThread();
        long operations = 0;
        while (fixedOps >= 0 ? operations < fixedOps : clock.Elapsed.TotalSeconds < seconds)
        {
            var batch = fixedOps >= 0 ? Math.Min(50, fixedOps - operations) : 50;
            for (var i = 0; i < batch; i++) body();
            operations += batch;
        }
        var elapsed = clock.Elapsed;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine($"{args[1]}: {elapsed.TotalMilliseconds * 1000 / operations:F2} µs/op, {allocated / operations:N0} bytes/op, {operations:N0} ops");
        allocations?.Print(operations);
        return 0;
    }

    private static T Setup<T>(T benchmark, Action<T> setup)
    {
        setup(benchmark);
        return benchmark;
    }

    private static Func<object?> Box(Func<int> body) => () => body();

    /// <summary>Listens to the GC's AllocationTick events and sums the sampled bytes per type.</summary>
    private sealed class AllocationSampler : EventListener
    {
        private readonly Dictionary<string, long> _bytesByType = new();
        private bool _enabled;

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword
                _enabled = true;
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (!_enabled || !e.EventName!.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
            var typeIndex = e.PayloadNames!.IndexOf("TypeName");
            var amountIndex = e.PayloadNames.IndexOf("AllocationAmount64");
            if (typeIndex < 0) return;
            var type = e.Payload[typeIndex] as string ?? "?";
            var amount = amountIndex >= 0 ? Convert.ToInt64(e.Payload[amountIndex]) : 100_000;
            lock (_bytesByType) _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + amount;
        }

        public void Print(long operations)
        {
            lock (_bytesByType)
            {
                var total = _bytesByType.Values.Sum();
                Console.WriteLine("sampled allocations by type (share of sampled bytes, estimated bytes/op):");
                foreach (var (type, bytes) in _bytesByType.OrderByDescending(p => p.Value).Take(15))
                {
                    Console.WriteLine($"  {100.0 * bytes / total,5:F1}%  {bytes / operations,10:N0}  {type}");
                }
            }
        }
    }
}
