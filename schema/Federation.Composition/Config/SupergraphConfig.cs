using Federation.GraphQL;
using YamlDotNet.RepresentationModel;

namespace Federation.Composition.Config;

/// <summary>
/// A rover <c>supergraph.yaml</c>: <c>federation_version</c> and <c>subgraphs: NAME: { routing_url, schema: { file | subgraph_url } }</c>.
/// File paths are relative to the YAML file.
/// </summary>
public sealed class SupergraphConfig
{
    private SupergraphConfig(string? federationVersion, IReadOnlyList<SubgraphEntry> subgraphs)
    {
        FederationVersion = federationVersion;
        Subgraphs = subgraphs;
    }

    /// <summary>As written (<c>=2.7.1</c>, <c>2</c>); null when absent.</summary>
    public string? FederationVersion { get; }

    public IReadOnlyList<SubgraphEntry> Subgraphs { get; }

    /// <summary>Reads the YAML text; relative schema files resolve against <paramref name="baseDirectory"/>.</summary>
    /// <exception cref="CompositionInputException">The YAML is malformed or misses a required entry.</exception>
    public static SupergraphConfig Parse(string yaml, string baseDirectory)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw Error($"invalid YAML at {e.Start.Line}:{e.Start.Column}: {e.Message}");
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) throw Error("expected a mapping with \"subgraphs\".");
        var version = Scalar(root, "federation_version");
        if (version is not null && !IsSupportedVersion(version))
            throw Error($"unknown federation_version \"{version}\": expected 2 or =2.<minor>[.<patch>] (federation 2).");
        if (Child(root, "subgraphs") is not YamlMappingNode subgraphs) throw Error("\"subgraphs\" must be a mapping of subgraph names.");
        var entries = new List<SubgraphEntry>();
        foreach (var (key, value) in subgraphs.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            if (value is not YamlMappingNode entry) throw Error($"subgraph \"{name}\" must be a mapping.");
            var schema = Child(entry, "schema") as YamlMappingNode ?? throw Error($"subgraph \"{name}\" needs \"schema\" with \"file\" or \"subgraph_url\".");
            var file = Scalar(schema, "file");
            var url = Scalar(schema, "subgraph_url");
            if (file is null && url is null) throw Error($"subgraph \"{name}\": \"schema\" needs \"file\" or \"subgraph_url\".");
            var routing = Scalar(entry, "routing_url") ?? url ?? throw Error($"subgraph \"{name}\" needs \"routing_url\".");
            entries.Add(new SubgraphEntry(name, routing, file is null ? null : Path.GetFullPath(file, baseDirectory), url));
        }
        return new SupergraphConfig(version, entries);
    }

    /// <summary>Federation 2: "2", "=2.7", "=2.7.1", "2.3" (an optional '=' prefix).</summary>
    private static bool IsSupportedVersion(string version)
    {
        var v = version.TrimStart('=');
        return v == "2" || (v.StartsWith("2.", StringComparison.Ordinal) && v[2..].Split('.').All(p => p.Length > 0 && p.All(char.IsAsciiDigit)));
    }

    /// <summary>Reads every subgraph's SDL: the file, else <c>_service { sdl }</c> from its subgraph_url.</summary>
    public async Task<IReadOnlyList<SubgraphSource>> LoadAsync(HttpClient http, CancellationToken cancellationToken = default)
    {
        var sources = new List<SubgraphSource>(Subgraphs.Count);
        foreach (var s in Subgraphs)
        {
            string sdl;
            if (s.File is { } file)
            {
                if (!File.Exists(file)) throw Error($"subgraph \"{s.Name}\": file not found: {file}");
                sdl = await File.ReadAllTextAsync(file, cancellationToken);
            }
            else
            {
                sdl = await ServiceSdl.FetchAsync(http, s.SubgraphUrl!, cancellationToken);
            }
            sources.Add(new SubgraphSource(s.Name, s.RoutingUrl, sdl));
        }
        return sources;
    }

    private static YamlNode? Child(YamlMappingNode node, string key)
        => node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(YamlMappingNode node, string key) => Child(node, key) is YamlScalarNode s ? s.Value : null;

    private static CompositionInputException Error(string message) => new(new GraphQLError("supergraph config: " + message).WithCode("INVALID_SUPERGRAPH_CONFIG"));
}
