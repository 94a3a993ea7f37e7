using System.Diagnostics;
using Federation.Composition.Config;

namespace Federation.Composition.Tests;

/// <summary>
/// schema/subgraphs/*.graphql must be bench/Subgraphs' current _service { sdl } (read from the running app), and
/// schema/supergraph.graphql their composition: both fail when out of date.
/// </summary>
public class CheckedInSupergraphTests
{
    private const string Regenerate = "regenerate: fed compose --config schema/supergraph.yaml --out schema/supergraph.graphql";

    [Fact]
    public async Task Checked_In_Subgraph_Sdls_And_Supergraph_Are_Current()
    {
        var schemaDir = Path.Combine(RepoPaths.Root, "schema");
        var config = SupergraphConfig.Parse(await File.ReadAllTextAsync(Path.Combine(schemaDir, "supergraph.yaml")), schemaDir);
        await using var app = await BenchSubgraphs.StartAsync();
        using var http = new HttpClient();
        foreach (var subgraph in config.Subgraphs)
        {
            var live = await ServiceSdl.FetchAsync(http, $"{app.Url}/{subgraph.Name}");
            var file = await File.ReadAllTextAsync(subgraph.File!);
            Assert.True(live.TrimEnd() == file.TrimEnd(), $"{subgraph.File} is not bench/Subgraphs' current SDL of {subgraph.Name}; copy its _service {{ sdl }} there and {Regenerate}");
        }
        var result = Composer.Compose(await config.LoadAsync(http));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.ToDiagnosticString())));
        var checkedIn = await File.ReadAllTextAsync(Path.Combine(schemaDir, "supergraph.graphql"));
        Assert.True(checkedIn == result.SupergraphSdl, "schema/supergraph.graphql is out of date; " + Regenerate);
    }

    /// <summary>The built bench/Subgraphs app on 127.0.0.1 with a free port.</summary>
    private sealed class BenchSubgraphs : IAsyncDisposable
    {
        private readonly Process _process;

        private BenchSubgraphs(Process process, string url)
        {
            _process = process;
            Url = url;
        }

        public string Url { get; }

        public static async Task<BenchSubgraphs> StartAsync()
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            var dll = Path.Combine(RepoPaths.Root, "bench", "Subgraphs", "bin", configuration, "net10.0", "Federation.Bench.Subgraphs.dll");
            Assert.True(File.Exists(dll), $"{dll} is not built");
            var process = Process.Start(new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0"]) { RedirectStandardOutput = true, UseShellExecute = false })!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("Listening on ", StringComparison.Ordinal)) return new BenchSubgraphs(process, line["Listening on ".Length..].Trim());
            }
            process.Kill();
            throw new InvalidOperationException("bench/Subgraphs exited before listening");
        }

        public async ValueTask DisposeAsync()
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            _process.Dispose();
        }
    }
}
