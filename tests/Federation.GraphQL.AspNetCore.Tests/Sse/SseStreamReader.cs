using System.Text;

namespace Federation.GraphQL.AspNetCore.Tests.Sse;

/// <summary>One event of an event stream: its type and data (comment lines are counted apart).</summary>
internal sealed record ServerSentEvent(string Event, string Data);

/// <summary>Reads a text/event-stream body as the HTML event-stream interpretation does (enough of it for these tests).</summary>
internal sealed class SseStreamReader : IAsyncDisposable
{
    private readonly StreamReader _reader;

    public SseStreamReader(Stream body) => _reader = new StreamReader(body, Encoding.UTF8);

    /// <summary>Comment lines (<c>:</c>, the keep-alives) seen so far.</summary>
    public int Comments { get; private set; }

    /// <summary>The next event, or null at the end of the stream.</summary>
    public async Task<ServerSentEvent?> ReadAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        string? type = null;
        StringBuilder? data = null;
        while (true)
        {
            var line = await _reader.ReadLineAsync(cts.Token);
            if (line is null) return null;
            if (line.Length == 0)
            {
                if (type is null && data is null) continue;
                return new ServerSentEvent(type ?? "message", data?.ToString() ?? "");
            }
            if (line[0] == ':')
            {
                Comments++;
                continue;
            }
            var colon = line.IndexOf(':');
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? "" : line[(colon + 1)..];
            if (value.StartsWith(' ')) value = value[1..];
            if (field == "event") type = value;
            else if (field == "data") (data ??= new StringBuilder()).Append(data.Length > 0 ? "\n" : "").Append(value);
        }
    }

    /// <summary>Reads until <paramref name="count"/> comments were seen (keep-alives).</summary>
    public async Task WaitForCommentsAsync(int count)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (Comments < count)
        {
            var line = await _reader.ReadLineAsync(cts.Token);
            if (line is null) throw new EndOfStreamException();
            if (line.StartsWith(':')) Comments++;
        }
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        return ValueTask.CompletedTask;
    }
}
