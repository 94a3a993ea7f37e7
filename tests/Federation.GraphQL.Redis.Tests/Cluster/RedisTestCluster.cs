using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace Federation.GraphQL.Redis.Tests.Cluster;

/// <summary>
/// The Redis Cluster the cluster tests use: FEDERATION_TEST_REDIS_CLUSTER (three primaries started by tests/run-all.sh)
/// when set, otherwise three <c>redis-server --cluster-enabled yes</c> this process starts and joins with
/// <c>redis-cli --cluster create</c>, exactly as run-all.sh does. Never skipped: a missing redis-server fails the tests.
/// </summary>
public static class RedisTestCluster
{
    private static readonly Lazy<string> SharedSeeds = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary><c>127.0.0.1:P1,127.0.0.1:P2,127.0.0.1:P3</c>.</summary>
    public static string Seeds => SharedSeeds.Value;

    public static string[] Nodes => Seeds.Split(',');

    private static string Start()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("FEDERATION_TEST_REDIS_CLUSTER");
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return fromEnvironment;

        var dir = Path.Combine(Path.GetTempPath(), $"fed-redis-cluster-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(dir);
        var processes = new List<Process>();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var p in processes)
            {
                try { if (!p.HasExited) p.Kill(); } catch (InvalidOperationException) { }
            }
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        };
        var ports = new List<int>();
        while (ports.Count < 3)
        {
            var port = ClusterPort(ports);
            ports.Add(port);
            processes.Add(Run("redis-server", false, "--cluster-enabled", "yes", "--cluster-config-file", Path.Combine(dir, $"nodes-{port}.conf"),
                "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir));
        }
        foreach (var port in ports) WaitFor(() => CanConnect(port), $"redis-server on {port}");
        var create = Run("redis-cli", true, ["--cluster", "create", .. ports.Select(p => $"127.0.0.1:{p}"), "--cluster-replicas", "0", "--cluster-yes"]);
        if (!create.WaitForExit(30_000) || create.ExitCode != 0)
        {
            throw new InvalidOperationException($"redis-cli --cluster create failed: {create.StandardOutput.ReadToEnd()}{create.StandardError.ReadToEnd()}");
        }
        var seeds = string.Join(",", ports.Select(p => $"127.0.0.1:{p}"));
        WaitFor(() => ports.All(p => ClusterInfo(p).Contains("cluster_state:ok")), "cluster_state:ok");
        return seeds;
    }

    /// <summary>CLUSTER INFO of one node, empty while it cannot answer.</summary>
    private static string ClusterInfo(int port) => Cli($"127.0.0.1:{port}", "CLUSTER", "INFO");

    /// <summary>Runs one command through <c>redis-cli</c> against <paramref name="node"/> (host:port); returns its output.</summary>
    public static string Cli(string node, params string[] command)
    {
        var colon = node.LastIndexOf(':');
        var cli = Run("redis-cli", true, ["-h", node[..colon], "-p", node[(colon + 1)..], .. command]);
        var output = cli.StandardOutput.ReadToEnd();
        cli.WaitForExit();
        return output.Trim();
    }

    private static Process Run(string program, bool capture, params string[] args)
    {
        var info = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        var process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start.");
        if (!capture)
        {
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }
        return process;
    }

    private static void WaitFor(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new InvalidOperationException($"Timed out waiting for {what}.");
            Thread.Sleep(50);
        }
    }

    private static bool CanConnect(int port)
    {
        try
        {
            using var probe = new TcpClient();
            probe.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>A free port P below 55536 whose cluster-bus port P+10000 is free too.</summary>
    private static int ClusterPort(List<int> taken)
    {
        while (true)
        {
            var port = Random.Shared.Next(20000, 45000);
            if (taken.Contains(port) || !IsFree(port) || !IsFree(port + 10000)) continue;
            return port;
        }
    }

    private static bool IsFree(int port)
    {
        try
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Node id of each endpoint (CLUSTER MYID).</summary>
    public static Dictionary<string, string> NodeIds() => Nodes.ToDictionary(n => n, n => Cli(n, "CLUSTER", "MYID"));

    /// <summary>
    /// Moves <paramref name="slot"/> with its keys from <paramref name="source"/> to <paramref name="target"/>, as
    /// <c>redis-cli --cluster reshard</c> does: IMPORTING on the target, MIGRATING on the source, MIGRATE the keys, then
    /// SETSLOT NODE on every node (the target first) and waits until all nodes agree.
    /// </summary>
    public static async Task MoveSlotAsync(int slot, string source, string target)
    {
        var ids = NodeIds();
        Expect("OK", Cli(target, "CLUSTER", "SETSLOT", $"{slot}", "IMPORTING", ids[source]));
        Expect("OK", Cli(source, "CLUSTER", "SETSLOT", $"{slot}", "MIGRATING", ids[target]));
        var colon = target.LastIndexOf(':');
        while (Cli(source, "CLUSTER", "GETKEYSINSLOT", $"{slot}", "100").Split('\n', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } keys)
        {
            Expect("OK", Cli(source, ["MIGRATE", target[..colon], target[(colon + 1)..], "", "0", "5000", "KEYS", .. keys]));
        }
        foreach (var node in Nodes.OrderBy(n => n == target ? 0 : 1)) Expect("OK", Cli(node, "CLUSTER", "SETSLOT", $"{slot}", "NODE", ids[target]));
        // Give the new owner the highest config epoch, so gossip from a node with an older claim never takes it back.
        Cli(target, "CLUSTER", "BUMPEPOCH");
        await WaitUntilAllNodesAgreeAsync(slot, ids[target]);
    }

    private static void Expect(string expected, string output)
    {
        if (output != expected) throw new InvalidOperationException($"redis-cli answered '{output}', expected '{expected}'.");
    }

    /// <summary>The node (host:port) that owns <paramref name="slot"/> according to <paramref name="askNode"/>'s CLUSTER NODES.</summary>
    public static string? OwnerOf(int slot, string? askNode = null)
    {
        var ownerId = OwnerOf(Cli(askNode ?? Nodes[0], "CLUSTER", "NODES"), slot);
        return NodeIds().FirstOrDefault(p => p.Value == ownerId).Key;
    }

    /// <summary>
    /// Waits until every node's CLUSTER NODES names <paramref name="ownerId"/> as the owner of <paramref name="slot"/>:
    /// the next test must not start on a cluster that still disagrees with itself.
    /// </summary>
    private static async Task WaitUntilAllNodesAgreeAsync(int slot, string ownerId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!Nodes.All(n => OwnerOf(Cli(n, "CLUSTER", "NODES"), slot) == ownerId))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The cluster's nodes do not agree that slot {slot} belongs to {ownerId}.");
            await Task.Delay(50);
        }
    }

    private static string? OwnerOf(string clusterNodes, int slot)
    {
        foreach (var line in clusterNodes.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 8; i < fields.Length; i++)
            {
                if (fields[i].StartsWith('[')) continue; // a migration marker, not an owned range
                var dash = fields[i].IndexOf('-');
                var low = int.Parse(dash < 0 ? fields[i] : fields[i][..dash]);
                var high = dash < 0 ? low : int.Parse(fields[i][(dash + 1)..]);
                if (slot >= low && slot <= high) return fields[0];
            }
        }
        return null;
    }

    /// <summary>A name (with a unique part) whose slot <paramref name="endPoint"/> owns.</summary>
    public static string NameOn(IConnectionMultiplexer cluster, string endPoint, string prefix)
    {
        var nodes = Cli(Nodes[0], "CLUSTER", "NODES");
        var id = NodeIds()[endPoint];
        while (true)
        {
            var name = $"{Guid.NewGuid():N}";
            if (OwnerOf(nodes, cluster.HashSlot(prefix + name)) == id) return name;
        }
    }
}
