using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

using StackExchange.Redis;

namespace Federation.GraphQL.Redis.Tests;

/// <summary>
/// The Redis the tests talk to: FEDERATION_TEST_REDIS (set by tests/run-all.sh) when present, otherwise a redis-server
/// this process starts on a free port. Restart tests start their own dedicated server so they can stop and restart it.
/// </summary>
public sealed class RedisTestServer : IAsyncDisposable
{
    private static readonly Lazy<string> SharedEndPoint = new(StartShared, LazyThreadSafetyMode.ExecutionAndPublication);
    private Process? _process;

    private RedisTestServer(int port) => Port = port;

    public int Port { get; }

    public string EndPoint => $"127.0.0.1:{Port}";

    /// <summary>host:port of the shared test server.</summary>
    public static string Shared => SharedEndPoint.Value;

    /// <summary>A multiplexer on <paramref name="endPoint"/> (the shared server by default), for one test.</summary>
    public static Task<ConnectionMultiplexer> ConnectAsync(string? endPoint = null)
        => ConnectionMultiplexer.ConnectAsync($"{endPoint ?? Shared},abortConnect=false");

    /// <summary>A free TCP port on 127.0.0.1 (for a server that is not started yet).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A dedicated server on <paramref name="port"/>, not started yet (see <see cref="LaunchAsync"/>).</summary>
    public static RedisTestServer OnPort(int port) => new(port);

    /// <summary>A unique key prefix so tests never see each other's data.</summary>
    public static string Key(string name) => $"test:{name}:{Guid.NewGuid():N}";

    private static string StartShared()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("FEDERATION_TEST_REDIS");
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return fromEnvironment;
        var server = StartAsync().GetAwaiter().GetResult();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Kill();
        return server.EndPoint;
    }

    /// <summary>Starts a dedicated redis-server on a free port.</summary>
    public static async Task<RedisTestServer> StartAsync(params string[] extraArgs)
    {
        var server = new RedisTestServer(FreePort());
        await server.LaunchAsync(extraArgs);
        return server;
    }

    public async Task LaunchAsync(params string[] extraArgs)
    {
        var info = new ProcessStartInfo(FindRedisServer())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in (string[])["--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", .. extraArgs])
        {
            info.ArgumentList.Add(a);
        }
        _process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(20);
            }
            catch (SocketException ex)
            {
                throw new InvalidOperationException($"redis-server on port {Port} did not come up (exited: {_process.HasExited}).", ex);
            }
        }
    }

    /// <summary>Kills the server abruptly (as a crash would).</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } p)
        {
            p.Kill();
            p.WaitForExit(5000);
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        return ValueTask.CompletedTask;
    }

    private static string FindRedisServer()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, "redis-server");
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException(
            "The Redis tests need a Redis server: set FEDERATION_TEST_REDIS=host:port (tests/run-all.sh does) or put redis-server on PATH " +
            "(apt-get install -y redis-server).");
    }

}
