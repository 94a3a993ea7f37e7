using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Federation.Redis.Cluster;
using Federation.Redis.Connections;

namespace Federation.Redis.Tests.Cluster;

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

    /// <summary>CLUSTER INFO of one node (through a plain connection), empty while it cannot answer.</summary>
    private static string ClusterInfo(int port) => ClusterInfoAsync(port).GetAwaiter().GetResult();

    private static async Task<string> ClusterInfoAsync(int port)
    {
        try
        {
            await using var c = await RedisConnection.ConnectAsync($"127.0.0.1:{port}");
            return (await c.ExecuteAsync("CLUSTER", "INFO")).AsString() ?? "";
        }
        catch (RedisException)
        {
            return "";
        }
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
    public static async Task<Dictionary<string, string>> NodeIdsAsync()
    {
        var ids = new Dictionary<string, string>();
        foreach (var node in Nodes)
        {
            await using var c = await RedisConnection.ConnectAsync(node);
            ids[node] = (await c.ExecuteAsync("CLUSTER", "MYID")).AsString()!;
        }
        return ids;
    }

    /// <summary>
    /// Starts moving <paramref name="slot"/> from its owner to <paramref name="target"/> (IMPORTING on the target,
    /// MIGRATING on the source) and migrates <paramref name="keys"/> only: the state in which the source answers ASK.
    /// </summary>
    public static async Task BeginMigrationAsync(int slot, string source, string target, params string[] keys)
    {
        var ids = await NodeIdsAsync();
        await using var s = await RedisConnection.ConnectAsync(source);
        await using var t = await RedisConnection.ConnectAsync(target);
        await t.ExecuteAsync("CLUSTER", "SETSLOT", slot, "IMPORTING", ids[source]);
        await s.ExecuteAsync("CLUSTER", "SETSLOT", slot, "MIGRATING", ids[target]);
        if (keys.Length > 0) await MigrateAsync(s, target, keys);
    }

    /// <summary>Migrates every remaining key of the slot and gives it to <paramref name="target"/> on all nodes.</summary>
    public static async Task FinishMigrationAsync(int slot, string source, string target)
    {
        var ids = await NodeIdsAsync();
        await using (var s = await RedisConnection.ConnectAsync(source))
        {
            while (true)
            {
                var keys = (await s.ExecuteAsync("CLUSTER", "GETKEYSINSLOT", slot, 100)).Elements.Select(k => k.AsString()!).ToArray();
                if (keys.Length == 0) break;
                await MigrateAsync(s, target, keys);
            }
        }
        // The target first, then the others (the order redis-cli --cluster reshard uses).
        foreach (var node in Nodes.OrderBy(n => n == target ? 0 : 1))
        {
            await using var c = await RedisConnection.ConnectAsync(node);
            await c.ExecuteAsync("CLUSTER", "SETSLOT", slot, "NODE", ids[target]);
        }
        // Give the new owner the highest config epoch, so gossip from a node with an older claim never takes it back.
        await using (var t = await RedisConnection.ConnectAsync(target)) await t.ExecuteAsync("CLUSTER", "BUMPEPOCH");
        await WaitUntilAllNodesAgreeAsync(slot, ids[target]);
    }

    /// <summary>
    /// Waits until every node's CLUSTER NODES names <paramref name="ownerId"/> as the owner of <paramref name="slot"/>:
    /// a slot moved back and forth can bounce between nodes until their configurations settle, and the next test must
    /// not start on a cluster that still disagrees with itself.
    /// </summary>
    private static async Task WaitUntilAllNodesAgreeAsync(int slot, string ownerId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var agreed = true;
            foreach (var node in Nodes)
            {
                await using var c = await RedisConnection.ConnectAsync(node);
                var text = (await c.ExecuteAsync("CLUSTER", "NODES")).AsString() ?? "";
                agreed &= OwnerOf(text, slot) == ownerId;
            }
            if (agreed) return;
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

    /// <summary>Moves a slot (with its keys) in one go, as <c>redis-cli --cluster reshard</c> would.</summary>
    public static async Task MoveSlotAsync(int slot, string source, string target)
    {
        await BeginMigrationAsync(slot, source, target);
        await FinishMigrationAsync(slot, source, target);
    }

    private static async Task MigrateAsync(RedisConnection source, string target, string[] keys)
    {
        var colon = target.LastIndexOf(':');
        object?[] args = [target[..colon], target[(colon + 1)..], "", 0, 5000, "KEYS", .. keys];
        await source.ExecuteAsync("MIGRATE", args);
    }

    /// <summary>Connection options for the shared cluster (a short sync timeout so failures show fast).</summary>
    public static RedisConnectionOptions Options() => RedisConnectionOptions.Parse(Seeds);

    /// <summary>A key (with a unique prefix) whose slot is served by <paramref name="endPoint"/> in <paramref name="cluster"/>'s map.</summary>
    public static string KeyOn(RedisCluster cluster, string endPoint, string name)
    {
        for (var i = 0; ; i++)
        {
            var key = $"{name}:{Guid.NewGuid():N}";
            if (cluster.OwnerOf(HashSlot.Of(key)) == endPoint) return key;
        }
    }
}
