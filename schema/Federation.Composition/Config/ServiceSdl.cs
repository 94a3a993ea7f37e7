using System.Net.Http.Json;
using System.Text.Json;
using Federation.GraphQL;

namespace Federation.Composition.Config;

/// <summary>Reads a running subgraph's SDL with <c>{ _service { sdl } }</c> over GraphQL over HTTP (Apollo subgraph spec).</summary>
public static class ServiceSdl
{
    public static async Task<string> FetchAsync(HttpClient http, string url, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await http.PostAsJsonAsync(url, new { query = "{ _service { sdl } }" }, cancellationToken);
            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            if (body.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                && data.TryGetProperty("_service", out var service) && service.TryGetProperty("sdl", out var sdl) && sdl.ValueKind == JsonValueKind.String)
                return sdl.GetString()!;
            throw Error($"{url} answered HTTP {(int)response.StatusCode} without data._service.sdl: {body.RootElement.GetRawText()}");
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException)
        {
            throw Error($"cannot read _service.sdl from {url}: {e.Message}");
        }
    }

    private static CompositionInputException Error(string message) => new(new GraphQLError(message).WithCode("SUBGRAPH_UNREACHABLE"));
}
