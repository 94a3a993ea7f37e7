using System.Net;
using System.Net.Sockets;
using System.Text;
using Federation.Redis.Cluster;
using Federation.Redis.Connections;

namespace Federation.Redis.Tests.Cluster;

/// <summary>
/// Cases a healthy cluster does not produce on demand, against a scripted node: an old server without CLUSTER SHARDS
/// (the CLUSTER SLOTS fallback) that answers MOVED to itself forever (the redirect bound).
/// </summary>
public class FakeClusterNodeTests
{
    [Fact]
    public async Task Falls_Back_To_Cluster_Slots_And_Gives_Up_After_Five_Redirects()
    {
        await using var node = new ScriptedNode();
        await using var cluster = await RedisCluster.ConnectAsync($"127.0.0.1:{node.Port},protocol=resp2");
        Assert.Equal(new ClusterNodeInfo(ScriptedNode.Id, $"127.0.0.1:{node.Port}"), Assert.Single(cluster.Primaries));
        Assert.Equal($"127.0.0.1:{node.Port}", cluster.OwnerOf(0));
        Assert.Equal($"127.0.0.1:{node.Port}", cluster.OwnerOf(16383));

        var client = new RedisClient(cluster);
        var error = await Assert.ThrowsAsync<RedisClusterException>(() => client.GetAsync("loop"));
        Assert.Contains("redirected more than 5 times", error.Message);
        Assert.Contains($"MOVED {HashSlot.Of("loop")} 127.0.0.1:{node.Port}", error.Message);
        Assert.Equal(6, node.Count("GET")); // the first try and five redirects
        Assert.True(node.Count("CLUSTER SHARDS") >= 1 && node.Count("CLUSTER SLOTS") >= 1); // asked first, then the fallback
    }

    [Fact]
    public async Task A_Lost_Connection_Makes_The_Client_Read_The_Topology_Again()
    {
        await using var node = new ScriptedNode();
        await using var cluster = await RedisCluster.ConnectAsync($"127.0.0.1:{node.Port},protocol=resp2");
        var before = cluster.TopologyRefreshCount;
        var client = new RedisClient(cluster);
        await Assert.ThrowsAsync<RedisConnectionException>(() => client.ExecuteAsync("DEBUG", "DROP")); // the node hangs up
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (cluster.TopologyRefreshCount == before && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.True(cluster.TopologyRefreshCount > before, "no topology refresh after the connection broke");
    }

    [Fact]
    public async Task Topology_Is_Read_Again_Periodically()
    {
        await using var node = new ScriptedNode();
        await using var cluster = await RedisCluster.ConnectAsync(
            RedisConnectionOptions.Parse($"127.0.0.1:{node.Port},protocol=resp2"), refreshInterval: TimeSpan.FromMilliseconds(150));
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (cluster.TopologyRefreshCount < 3 && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.True(cluster.TopologyRefreshCount >= 3, $"{cluster.TopologyRefreshCount} topology reads");
    }

    private sealed class ScriptedNode : IAsyncDisposable
    {
        public const string Id = "0123456789abcdef0123456789abcdef01234567";
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();
        private readonly List<string> _commands = [];

        public ScriptedNode()
        {
            _listener.Start();
            _ = AcceptAsync();
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public int Count(string command)
        {
            lock (_commands) return _commands.Count(c => c == command || c.StartsWith(command + " ", StringComparison.Ordinal));
        }

        private async Task AcceptAsync()
        {
            try
            {
                while (true) _ = ServeAsync(await _listener.AcceptTcpClientAsync(_stop.Token));
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
            }
        }

        private async Task ServeAsync(TcpClient client)
        {
            using var _ = client;
            var stream = client.GetStream();
            var reader = new StreamReader(stream, Encoding.Latin1);
            try
            {
                while (await reader.ReadLineAsync(_stop.Token) is { } header && header.StartsWith('*'))
                {
                    var args = new List<string>();
                    for (var i = int.Parse(header[1..]); i > 0; i--)
                    {
                        await reader.ReadLineAsync(_stop.Token); // $length
                        args.Add((await reader.ReadLineAsync(_stop.Token))!);
                    }
                    var command = string.Join(' ', args).ToUpperInvariant();
                    lock (_commands) _commands.Add(command);
                    if (command == "DEBUG DROP") return;
                    var reply = command switch
                    {
                        _ when command.StartsWith("HELLO", StringComparison.Ordinal) => "-ERR unknown command 'HELLO'\r\n",
                        "CLUSTER SHARDS" => "-ERR unknown subcommand 'SHARDS'. Try CLUSTER HELP.\r\n",
                        "CLUSTER SLOTS" => $"*1\r\n*3\r\n:0\r\n:16383\r\n*3\r\n$9\r\n127.0.0.1\r\n:{Port}\r\n$40\r\n{Id}\r\n",
                        _ => $"-MOVED {HashSlot.Of(args.Count > 1 ? args[1] : "")} 127.0.0.1:{Port}\r\n",
                    };
                    await stream.WriteAsync(Encoding.Latin1.GetBytes(reply), _stop.Token);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or ObjectDisposedException)
            {
            }
        }

        public ValueTask DisposeAsync()
        {
            _stop.Cancel();
            _listener.Stop();
            return ValueTask.CompletedTask;
        }
    }
}
