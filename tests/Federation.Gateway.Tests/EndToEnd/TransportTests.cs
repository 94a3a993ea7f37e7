using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Federation.Gateway.Tests.EndToEnd;

/// <summary>The gateway is served by the engine's transports: SSE and graphql-transport-ws answer what HTTP answers.</summary>
public sealed class TransportTests(BenchSubgraphs subgraphs) : IClassFixture<BenchSubgraphs>, IAsyncLifetime
{
    private const string Query = "{ topProducts(first: 2) { upc name inStock reviews { author { username } } } }";
    private GatewayServer _gateway = null!;
    private string _file = "";

    public async Task InitializeAsync()
    {
        _file = Path.Combine(Path.GetTempPath(), $"bench-{Guid.NewGuid():N}.graphql");
        await File.WriteAllTextAsync(_file, subgraphs.Supergraph());
        _gateway = await GatewayServer.StartAsync(_file);
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        File.Delete(_file);
    }

    [Fact]
    public async Task Server_sent_events_carry_the_same_result_as_http()
    {
        var overHttp = await _gateway.PostAsync(Query);
        Assert.True(overHttp["errors"] is null, overHttp.ToJsonString());

        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, _gateway.Url + "/graphql")
        {
            Content = new StringContent(new JsonObject { ["query"] = Query }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        // graphql-sse distinct connections mode: one "next" event with the result, then "complete".
        var data = body.Split('\n').Single(line => line.StartsWith("data: {", StringComparison.Ordinal))["data: ".Length..];
        Assert.Contains("event: complete", body);
        Assert.True(JsonNode.DeepEquals(overHttp, JsonNode.Parse(data)), body);
    }

    [Fact]
    public async Task A_websocket_query_carries_the_same_result_as_http()
    {
        var overHttp = await _gateway.PostAsync(Query);
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await socket.ConnectAsync(new Uri(_gateway.Url.Replace("http://", "ws://") + "/graphql"), timeout.Token);
        await SendAsync(socket, """{"type":"connection_init"}""", timeout.Token);
        Assert.Equal("connection_ack", (string?)(await ReceiveAsync(socket, timeout.Token))["type"]);
        await SendAsync(socket, new JsonObject { ["id"] = "1", ["type"] = "subscribe", ["payload"] = new JsonObject { ["query"] = Query } }.ToJsonString(), timeout.Token);
        var next = await ReceiveAsync(socket, timeout.Token);
        Assert.Equal("next", (string?)next["type"]);
        Assert.True(JsonNode.DeepEquals(overHttp, next["payload"]), next.ToJsonString());
        Assert.Equal("complete", (string?)(await ReceiveAsync(socket, timeout.Token))["type"]);
    }

    private static Task SendAsync(ClientWebSocket socket, string text, CancellationToken cancellationToken)
        => socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancellationToken);

    private static async Task<JsonObject> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 20];
        var count = 0;
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer.AsMemory(count), cancellationToken) is var r
                ? new WebSocketReceiveResult(r.Count, r.MessageType, r.EndOfMessage) : null!;
            count += received.Count;
        }
        while (!received.EndOfMessage);
        return JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, count))!.AsObject();
    }
}
