using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Federation.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>A raw graphql-transport-ws client over <see cref="ClientWebSocket"/>: sends JSON text, reads messages and the close.</summary>
internal sealed class GraphQLWsTestClient : IAsyncDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly ClientWebSocket _socket = new();

    public ClientWebSocket Socket => _socket;

    public static async Task<GraphQLWsTestClient> ConnectAsync(Uri uri, string? subProtocol = "graphql-transport-ws")
    {
        var client = new GraphQLWsTestClient();
        if (subProtocol is not null) client._socket.Options.AddSubProtocol(subProtocol);
        using var timeout = new CancellationTokenSource(Wait);
        await client._socket.ConnectAsync(uri, timeout.Token);
        return client;
    }

    /// <summary>Connects, sends connection_init and expects connection_ack.</summary>
    public static async Task<GraphQLWsTestClient> ConnectAndInitAsync(Uri uri, string? initPayload = null)
    {
        var client = await ConnectAsync(uri);
        await client.SendAsync(initPayload is null ? """{"type":"connection_init"}""" : $$"""{"type":"connection_init","payload":{{initPayload}}}""");
        var ack = await client.ReceiveAsync();
        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
        return client;
    }

    public async Task SendAsync(string json)
    {
        using var timeout = new CancellationTokenSource(Wait);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, timeout.Token);
    }

    public Task SubscribeAsync(string id, string query, string? variables = null)
        => SendAsync(JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = id,
            ["type"] = "subscribe",
            ["payload"] = new Dictionary<string, object?>
            {
                ["query"] = query,
                ["variables"] = variables is null ? null : JsonDocument.Parse(variables).RootElement,
            },
        }));

    /// <summary>The next message; fails when the socket closes first.</summary>
    public async Task<JsonElement> ReceiveAsync(TimeSpan? wait = null)
    {
        var (message, close) = await ReceiveOrCloseAsync(wait);
        if (message is null) Assert.Fail($"Socket closed ({close?.Code}: {close?.Reason}) while a message was expected.");
        return message.Value;
    }

    /// <summary>Reads until the server closes, skipping messages; returns the close code and reason.</summary>
    public async Task<(int Code, string Reason)> ReceiveCloseAsync(TimeSpan? wait = null)
    {
        while (true)
        {
            var (_, close) = await ReceiveOrCloseAsync(wait);
            if (close is { } c) return c;
        }
    }

    /// <summary>Messages until one satisfies <paramref name="last"/> (included).</summary>
    public async Task<List<JsonElement>> ReceiveUntilAsync(Func<JsonElement, bool> last)
    {
        var messages = new List<JsonElement>();
        while (true)
        {
            var message = await ReceiveAsync();
            messages.Add(message);
            if (last(message)) return messages;
        }
    }

    private async Task<(JsonElement? Message, (int Code, string Reason)? Close)> ReceiveOrCloseAsync(TimeSpan? wait)
    {
        using var timeout = new CancellationTokenSource(wait ?? Wait);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (_socket.State == WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                }
                return (null, ((int)result.CloseStatus!.Value, result.CloseStatusDescription ?? ""));
            }
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage) return (JsonDocument.Parse(message.ToArray()).RootElement.Clone(), null);
        }
    }

    public async Task CloseAsync()
    {
        using var timeout = new CancellationTokenSource(Wait);
        await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}

internal static class MessageExtensions
{
    public static string Type(this JsonElement message) => message.GetProperty("type").GetString()!;

    public static string? Id(this JsonElement message) => message.TryGetProperty("id", out var id) ? id.GetString() : null;

    public static string Payload(this JsonElement message) => message.GetProperty("payload").GetRawText();
}
