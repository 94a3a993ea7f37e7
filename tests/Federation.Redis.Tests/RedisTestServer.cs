using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Federation.Redis.Tests;

/// <summary>
/// The Redis the tests talk to: FEDERATION_TEST_REDIS (set by tests/run-all.sh) when present, otherwise a redis-server
/// this process starts on a free port. Fault tests start their own dedicated server so they can stop and restart it.
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

    /// <summary>A dedicated server that speaks only TLS (certificate and key in <paramref name="certificateDirectory"/>).</summary>
    public static async Task<RedisTestServer> StartTlsAsync(string certificateDirectory)
    {
        var server = new RedisTestServer(FreePort());
        await server.LaunchAsync("--port", "0", "--tls-port", server.Port.ToString(),
            "--tls-cert-file", Path.Combine(certificateDirectory, "cert.pem"), "--tls-key-file", Path.Combine(certificateDirectory, "key.pem"),
            "--tls-ca-cert-file", Path.Combine(certificateDirectory, "cert.pem"), "--tls-auth-clients", "no");
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
