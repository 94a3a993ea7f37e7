using System.Buffers;
using System.Text;
using System.Text.Json;
using Federation.GraphQL;
using Federation.Gateway.Execution.Http;
using Federation.Gateway.Execution.Json;
using Federation.Gateway.Planning.Plan;
using Federation.Gateway.Planning.Supergraph;

namespace Federation.Gateway.Execution.Plan;

/// <summary>
/// Runs one query plan: fetches in order (sequences) or together (parallel), each response merged in place into
/// <see cref="Data"/>, subgraph errors re-pathed to the client's response. A failed fetch is an error for its part only.
/// </summary>
internal sealed partial class PlanRun(
    SupergraphModel supergraph,
    SubgraphClient client,
    Func<string, string> urlOf,
    IReadOnlyDictionary<string, object?> variables,
    string? traceparent,
    CancellationToken cancellation)
{
    private readonly Lock _gate = new();

    public Dictionary<string, object?> Data { get; } = new(StringComparer.Ordinal);
    public List<GraphQLError> Errors { get; } = [];

    public Task RunAsync(PlanNode node) => node switch
    {
        SequenceNode s => RunSequenceAsync(s),
        ParallelNode p => Task.WhenAll(p.Nodes.Select(RunAsync)),
        FlattenNode f => RunEntitiesAsync(f),
        FetchNode fetch => RunRootAsync(fetch),
        _ => Task.CompletedTask,
    };

    private async Task RunSequenceAsync(SequenceNode sequence)
    {
        foreach (var node in sequence.Nodes) await RunAsync(node).ConfigureAwait(false);
    }

    private async Task RunRootAsync(FetchNode fetch)
    {
        var body = Body(fetch, null);
        var response = await SendAsync(fetch, body, []).ConfigureAwait(false);
        if (response is null) return;
        lock (_gate)
        {
            if (response.TryGetValue("data", out var data) && data is Dictionary<string, object?> map) Merge.Into(supergraph, Data, map);
            AddErrors(fetch, response, static (path, _) => path);
        }
    }

    private async Task<Dictionary<string, object?>?> SendAsync(FetchNode fetch, string body, IReadOnlyList<object> errorPath)
    {
        try
        {
            return await client.SendAsync(urlOf(fetch.ServiceName), body, fetch.Operation != GraphQL.Language.OperationType.Mutation,
                traceparent, cancellation).ConfigureAwait(false);
        }
        catch (SubgraphRequestException ex)
        {
            lock (_gate)
            {
                Errors.Add(new GraphQLError($"Subgraph \"{fetch.ServiceName}\" failed: {ex.Message}", null, errorPath.Count == 0 ? null : errorPath,
                    new Dictionary<string, object?> { ["code"] = "SUBGRAPH_ERROR", ["serviceName"] = fetch.ServiceName }));
            }
            return null;
        }
    }

    /// <summary>The subgraph's errors with their paths mapped to the client's response; extensions kept.</summary>
    private void AddErrors(FetchNode fetch, Dictionary<string, object?> response, Func<List<object>, FetchNode, List<object>?> mapPath)
    {
        if (!response.TryGetValue("errors", out var raw) || raw is not List<object?> errors) return;
        foreach (var item in errors)
        {
            if (item is not Dictionary<string, object?> error) continue;
            var message = error.GetValueOrDefault("message") as string ?? "Subgraph error";
            List<object>? path = null;
            if (error.GetValueOrDefault("path") is List<object?> rawPath)
            {
                path = mapPath(rawPath.Select(p => p is long l ? (object)(int)l : p ?? "").ToList(), fetch);
            }
            var extensions = error.GetValueOrDefault("extensions") as Dictionary<string, object?> ?? new Dictionary<string, object?>();
            extensions.TryAdd("serviceName", fetch.ServiceName);
            Errors.Add(new GraphQLError(message, null, path, extensions));
        }
    }

    private string Body(FetchNode fetch, List<string>? representations)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("query", fetch.Document);
            if (fetch.Variables.Count > 0 || representations is not null)
            {
                writer.WritePropertyName("variables");
                writer.WriteStartObject();
                if (representations is not null)
                {
                    writer.WritePropertyName("representations");
                    writer.WriteStartArray();
                    foreach (var r in representations) writer.WriteRawValue(r, skipInputValidation: true);
                    writer.WriteEndArray();
                }
                foreach (var name in fetch.Variables)
                {
                    if (!variables.TryGetValue(name, out var value)) continue;
                    writer.WritePropertyName(name);
                    JsonTree.Write(writer, value);
                }
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
