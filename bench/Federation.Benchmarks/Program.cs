using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;

namespace Federation.Benchmarks;

public static class Program
{
    /// <summary>
    /// <c>dotnet run -c Release -- --filter '*'</c> runs every benchmark with a short job (one launch, 6 warm-ups,
    /// 15 iterations of 400 ms) unless a <c>--job</c> is given; <c>verify &lt;dir&gt;</c> writes and compares the
    /// results against graphql-js's (see bench/run.sh); <c>profile &lt;case&gt;</c> loops one case (see Profiling.cs).
    /// </summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "verify")
        {
            return ResultCheck.Run(args.Length > 1 ? args[1] : ".");
        }
        if (args.Length > 0 && args[0] == "profile")
        {
            return Profiling.Run(args);
        }

        IConfig config = DefaultConfig.Instance;
        if (!args.Any(a => a is "--job" or "-j"))
        {
            config = config.AddJob(Job.Default
                .WithLaunchCount(1)
                .WithWarmupCount(6)
                .WithIterationCount(15)
                .WithIterationTime(TimeInterval.FromMilliseconds(400))
                .WithId("Short15")
                .AsDefault());
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
