using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Federation.Gateway.Execution.Json;

namespace Federation.Gateway.Execution.Http;

/// <summary>
/// Sends GraphQL requests to subgraphs over one pooled keep-alive <see cref="SocketsHttpHandler"/>; identical queries in
/// flight share one request when deduplication is on; every request has the subgraph timeout.
/// </summary>
public sealed class SubgraphClient : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private readonly HttpClient _http;
    private readonly GatewayOptions _options;
    private readonly ConcurrentDictionary<(string, string), Task<byte[]>> _inflight = new();

    public SubgraphClient(GatewayOptions options)
    {
        _options = options;
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            MaxConnectionsPerServer = options.MaxConnectionsPerSubgraph,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            UseProxy = false,
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>Posts <paramref name="body"/> (a GraphQL request in JSON) and parses the response body.</summary>
    public async Task<Dictionary<string, object?>> SendAsync(string url, string body, bool mayShare, string? traceparent, CancellationToken cancellation)
    {
        byte[] bytes;
        if (mayShare && _options.DeduplicateInflight)
        {
            var key = (url, body);
            var task = _inflight.GetOrAdd(key, k => PostAsync(k.Item1, k.Item2, traceparent, CancellationToken.None));
            try
            {
                bytes = await task.WaitAsync(cancellation).ConfigureAwait(false);
            }
            finally
            {
                if (task.IsCompleted) _inflight.TryRemove(new KeyValuePair<(string, string), Task<byte[]>>(key, task));
            }
        }
        else
        {
            bytes = await PostAsync(url, body, traceparent, cancellation).ConfigureAwait(false);
        }
        object? parsed;
        try
        {
            parsed = JsonTree.Parse(bytes);
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new SubgraphRequestException("the response is not JSON: " + ex.Message);
        }
        return parsed as Dictionary<string, object?> ?? throw new SubgraphRequestException("the response is not a JSON object");
    }

    private async Task<byte[]> PostAsync(string url, string body, string? traceparent, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(_options.SubgraphTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Json),
            Version = HttpVersion.Version11,
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json, application/json");
        if (traceparent is not null) request.Headers.TryAddWithoutValidation("traceparent", traceparent);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (!response.IsSuccessStatusCode && mediaType is not ("application/json" or "application/graphql-response+json"))
            {
                throw new SubgraphRequestException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }
            return bytes;
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            throw new SubgraphRequestException($"no response within {_options.SubgraphTimeout.TotalMilliseconds:0} ms");
        }
        catch (HttpRequestException ex)
        {
            throw new SubgraphRequestException(ex.Message);
        }
        catch (IOException ex)
        {
            throw new SubgraphRequestException(ex.Message);
        }
    }

    public void Dispose() => _http.Dispose();
}
