using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Channels;

namespace Federation.GraphQL.Redis.Tests;

/// <summary>A graphql-sse subscription (distinct connections mode) to <c>onMessage(room)</c>; its <c>next</c> data in order.</summary>
public sealed class SseSubscription : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly Channel<string> _events = Channel.CreateUnbounded<string>();
    private readonly Task _reader;

    private SseSubscription(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = ReadAsync(reader);
    }

    public static async Task<SseSubscription> OpenAsync(HttpClient client, Uri server, string room)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, "/graphql"))
        {
            Content = new StringContent($$"""{"query":"subscription { onMessage(room: \"{{room}}\") { room text } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new SseSubscription(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The next event's data, or null when none arrives within <paramref name="timeout"/>.</summary>
    public async Task<string?> NextAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            return await _events.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        catch (ChannelClosedException)
        {
            return null;
        }
    }

    /// <summary>True once the server ended the stream (<c>complete</c> or the connection closed).</summary>
    public bool Ended => _reader.IsCompleted;

    private async Task ReadAsync(StreamReader reader)
    {
        try
        {
            string? eventName = null;
            while (await reader.ReadLineAsync() is { } line)
            {
                if (line.StartsWith("event:", StringComparison.Ordinal)) eventName = line[6..].Trim();
                else if (line.StartsWith("data:", StringComparison.Ordinal) && eventName == "next") _events.Writer.TryWrite(line[5..].Trim());
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or HttpRequestException)
        {
            // the connection closed
        }
        finally
        {
            _events.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _response.Dispose();
        await _reader;
    }
}
