using Federation.Gateway.Execution;
using Federation.Gateway.Execution.Http;
using Federation.Gateway.Planning.Supergraph;
using Microsoft.Extensions.Logging;

namespace Federation.Gateway;

/// <summary>
/// Holds the executor of the current supergraph and swaps it when the supergraph file changes. A new supergraph that
/// does not load is refused with a log line; the old one keeps serving. Requests in flight finish on the executor they started with.
/// </summary>
public sealed class SupergraphHolder : IDisposable
{
    private readonly GatewayHostOptions _options;
    private readonly ILogger _logger;
    private readonly SubgraphClient _client;
    private FileSystemWatcher? _watcher;
    private Timer? _debounce;
    private volatile GatewayExecutor? _current;

    public SupergraphHolder(GatewayHostOptions options, ILogger<SupergraphHolder> logger)
    {
        _options = options;
        _logger = logger;
        _client = new SubgraphClient(options.Execution);
    }

    public GatewayExecutor? Current => _current;

    /// <summary>Raised with the new executor after a reload replaced the supergraph (the host swaps what it serves).</summary>
    public event Action<GatewayExecutor>? Replaced;

    /// <summary>Loads the supergraph file; throws <see cref="SupergraphException"/> when it is not a usable supergraph.</summary>
    public void Load()
    {
        var path = _options.Supergraph ?? throw new SupergraphException("No supergraph file configured (Gateway:Supergraph or --supergraph).");
        _current = Create(File.ReadAllText(path));
        _logger.LogInformation("Supergraph loaded from {Path}", path);
        if (_options.WatchSupergraph) Watch(path);
    }

    public GatewayExecutor Create(string sdl)
    {
        var model = SupergraphReader.Read(sdl);
        foreach (var label in _options.OverrideLabels) model.EnabledOverrideLabels.Add(label);
        return new GatewayExecutor(model, _client, _options.Execution);
    }

    /// <summary>Replaces the current supergraph with <paramref name="sdl"/>; false (and the old one kept) when it does not load.</summary>
    public bool TryReplace(string sdl)
    {
        try
        {
            var next = Create(sdl);
            _current = next;
            Replaced?.Invoke(next);
            _logger.LogInformation("Supergraph reloaded");
            return true;
        }
        catch (Exception ex) when (ex is SupergraphException or GraphQL.Language.GraphQLSyntaxException or Planning.PlanningException)
        {
            _logger.LogError("New supergraph refused, the previous one keeps serving: {Message}", ex.Message);
            return false;
        }
    }

    private void Watch(string path)
    {
        var full = Path.GetFullPath(path);
        _watcher = new FileSystemWatcher(Path.GetDirectoryName(full)!, Path.GetFileName(full))
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName | NotifyFilters.CreationTime,
        };
        _debounce = new Timer(_ => Reload(full));
        FileSystemEventHandler changed = (_, _) => _debounce.Change(200, Timeout.Infinite);
        _watcher.Changed += changed;
        _watcher.Created += changed;
        _watcher.Renamed += (_, _) => _debounce.Change(200, Timeout.Infinite);
        _watcher.EnableRaisingEvents = true;
    }

    private void Reload(string path)
    {
        string sdl;
        try
        {
            sdl = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            _logger.LogError("Supergraph file unreadable, the previous one keeps serving: {Message}", ex.Message);
            return;
        }
        TryReplace(sdl);
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce?.Dispose();
        _client.Dispose();
    }
}
