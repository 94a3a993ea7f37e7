using System.Diagnostics;

namespace Federation.Gateway.Tests.EndToEnd;

/// <summary>bench/Subgraphs (accounts, inventory, products, reviews) as a process on 127.0.0.1, a free port; one per test class.</summary>
public sealed class BenchSubgraphs : IAsyncLifetime
{
    private Process? _process;

    public string Url { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Federation.Bench.Subgraphs.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add("http://127.0.0.1:0");
        _process = Process.Start(info)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var line = await _process.StandardOutput.ReadLineAsync(timeout.Token)
                       ?? throw new InvalidOperationException("bench/Subgraphs exited: " + await _process.StandardError.ReadToEndAsync());
            if (line.StartsWith("Listening on ", StringComparison.Ordinal))
            {
                Url = line["Listening on ".Length..].Trim();
                return;
            }
        }
    }

    /// <summary>The benchmark supergraph (composed by @apollo/composition) with this process's URLs.</summary>
    public string Supergraph() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Supergraphs", "bench.graphql"))
        .Replace("http://127.0.0.1:4200", Url, StringComparison.Ordinal);

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        _process?.Dispose();
        return Task.CompletedTask;
    }
}
