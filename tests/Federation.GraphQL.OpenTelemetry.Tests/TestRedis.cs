using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Federation.GraphQL.OpenTelemetry.Tests;

/// <summary>The Redis of the tests: FEDERATION_TEST_REDIS (set by tests/run-all.sh), else a redis-server started on a free port.</summary>
public static class TestRedis
{
    private static readonly Lazy<string> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string EndPoint => Shared.Value;

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable("FEDERATION_TEST_REDIS") is { Length: > 0 } given) return given;
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var process = Process.Start(new ProcessStartInfo("redis-server")
        {
            ArgumentList = { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" },
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start (apt-get install redis-server).");
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => process.Kill();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return $"127.0.0.1:{port}";
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }
        }
    }
}
