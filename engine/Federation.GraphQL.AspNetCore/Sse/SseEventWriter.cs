using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Federation.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Federation.GraphQL.AspNetCore.Sse;

/// <summary>
/// Writes the graphql-sse protocol's events straight into the response's pipe (its pooled buffers): <c>next</c> with an
/// execution result, <c>complete</c>, and <c>:</c> keep-alive comments. One writer per response; not thread-safe.
/// </summary>
internal sealed class SseEventWriter
{
    private static ReadOnlySpan<byte> NextEvent => "event: next\ndata: "u8;
    private static ReadOnlySpan<byte> CompleteEvent => "event: complete\ndata:"u8;
    private static ReadOnlySpan<byte> EventEnd => "\n\n"u8;
    private static ReadOnlySpan<byte> Comment => ":\n\n"u8;

    private readonly PipeWriter _output;
    private readonly Utf8JsonWriter _json;

    private SseEventWriter(PipeWriter output)
    {
        _output = output;
        _json = new Utf8JsonWriter(output, ResultJsonWriter.FastOptions);
    }

    /// <summary>
    /// Starts the event stream: status 200, the event-stream headers, no response buffering, then a first comment so
    /// the headers reach the client at once (browsers and fetch-based clients wait for them).
    /// </summary>
    public static async ValueTask<SseEventWriter> StartAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        // Connection is a hop-by-hop header HTTP/2 and HTTP/3 forbid.
        if (HttpProtocol.IsHttp11(response.HttpContext.Request.Protocol)) response.Headers.Connection = "keep-alive";
        response.HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var writer = new SseEventWriter(response.BodyWriter);
        writer.WriteKeepAlive();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return writer;
    }

    /// <summary>
    /// <c>event: next</c>: the result itself (distinct connections mode) or <c>{"id":…,"payload":result}</c> (single
    /// connection mode). JSON escapes control characters, so the data is one line.
    /// </summary>
    public void WriteNext(ExecutionResult result, string? operationId)
    {
        _output.Write(NextEvent);
        if (operationId is null)
        {
            result.WriteTo(_json);
        }
        else
        {
            _json.WriteStartObject();
            _json.WriteString("id", operationId);
            _json.WritePropertyName("payload");
            result.WriteTo(_json);
            _json.WriteEndObject();
        }
        EndJson();
        _output.Write(EventEnd);
    }

    /// <summary><c>event: complete</c> with an empty data field (EventSource ignores events without one) or <c>{"id":…}</c>.</summary>
    public void WriteComplete(string? operationId)
    {
        _output.Write(CompleteEvent);
        if (operationId is not null)
        {
            _output.Write(" "u8);
            _json.WriteStartObject();
            _json.WriteString("id", operationId);
            _json.WriteEndObject();
            EndJson();
        }
        _output.Write(EventEnd);
    }

    public void WriteKeepAlive() => _output.Write(Comment);

    public void Write(in SseEvent e)
    {
        switch (e.Kind)
        {
            case SseEventKind.Next:
                WriteNext(e.Result!, e.OperationId);
                break;
            case SseEventKind.Complete:
                WriteComplete(e.OperationId);
                break;
            default:
                WriteKeepAlive();
                break;
        }
    }

    /// <summary>Sends what was written; false once the client is gone.</summary>
    public async ValueTask<bool> FlushAsync(CancellationToken cancellationToken)
    {
        var flushed = await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return !flushed.IsCompleted && !flushed.IsCanceled;
    }

    private void EndJson()
    {
        _json.Flush();
        _json.Reset(_output);
    }
}
