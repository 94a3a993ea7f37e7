using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Federation.Gateway.Tests.EndToEnd;

/// <summary>The gateway host on 127.0.0.1 (free port) over a supergraph file.</summary>
public sealed class GatewayServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http = new();

    private GatewayServer(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public string Url { get; }
    public IServiceProvider Services => _app.Services;

    public static async Task<GatewayServer> StartAsync(string supergraphPath, Action<GatewayHostOptions>? configure = null)
    {
        var app = GatewayApplication.Create([], options =>
        {
            options.Supergraph = supergraphPath;
            configure?.Invoke(options);
        }, builder =>
        {
            builder.Logging.ClearProviders();
            builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new GatewayServer(app, address);
    }

    public async Task<JsonObject> PostAsync(string query, string? variablesJson = null)
    {
        var body = new JsonObject { ["query"] = query };
        if (variablesJson is not null) body["variables"] = JsonNode.Parse(variablesJson);
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        using var response = await _http.PostAsync(Url + "/graphql", content);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public async Task<string> GetStatusAsync(string path)
    {
        using var response = await _http.GetAsync(Url + path);
        return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
