using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Federation.GraphQL.AspNetCore.Sse;

/// <summary>The GraphQL-over-HTTP request parameters of an SSE operation, with graphql-sse's <c>extensions.operationId</c>.</summary>
internal sealed class SseRequestParameters
{
    public string? Query { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Variables as JSON elements (the executor coerces them).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>Single connection mode: the client's id for the operation (a string, or a number's text).</summary>
    public string? OperationId { get; init; }

    /// <summary>
    /// Reads the parameters of a GET (query string) or POST (JSON body) request. On failure <paramref name="statusCode"/>
    /// is 400, 413 or 415 and <paramref name="error"/> says why.
    /// </summary>
    public static async ValueTask<(SseRequestParameters? Parameters, int StatusCode, string? Error)> ReadAsync(HttpContext context, long maxBodyBytes)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method)) return FromQueryString(request.Query);
        if (!HttpMethods.IsPost(request.Method)) return (null, StatusCodes.Status405MethodNotAllowed, "Only GET and POST requests carry operations.");
        if (request.ContentType is not { } contentType || !contentType.Contains("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, StatusCodes.Status415UnsupportedMediaType, "Operations are POSTed as application/json.");
        }
        if (request.ContentLength > maxBodyBytes) return TooLarge(maxBodyBytes);

        var body = request.BodyReader;
        ReadResult read;
        while (true)
        {
            read = await body.ReadAsync(context.RequestAborted).ConfigureAwait(false);
            if (read.Buffer.Length > maxBodyBytes)
            {
                body.AdvanceTo(read.Buffer.Start, read.Buffer.End);
                return TooLarge(maxBodyBytes);
            }
            if (read.IsCompleted) break;
            body.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
        try
        {
            return FromJsonBody(read.Buffer);
        }
        finally
        {
            body.AdvanceTo(read.Buffer.End);
        }
    }

    private static (SseRequestParameters?, int, string?) TooLarge(long max)
        => (null, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {max} bytes.");

    private static (SseRequestParameters?, int, string?) Invalid(string message) => (null, StatusCodes.Status400BadRequest, message);

    private static (SseRequestParameters?, int, string?) FromJsonBody(ReadOnlySequence<byte> utf8)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(utf8);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return Invalid("The request body is not valid JSON.");
        }
        if (root.ValueKind != JsonValueKind.Object) return Invalid("The request body must be a JSON object.");
        string? query = null, operationName = null;
        JsonElement? variables = null, extensions = null;
        foreach (var property in root.EnumerateObject())
        {
            var value = property.Value;
            var isNull = value.ValueKind == JsonValueKind.Null;
            switch (property.Name)
            {
                case "query":
                    if (!isNull && value.ValueKind != JsonValueKind.String) return Invalid("The \"query\" parameter must be a string.");
                    query = isNull ? null : value.GetString();
                    break;
                case "operationName":
                    if (!isNull && value.ValueKind != JsonValueKind.String) return Invalid("The \"operationName\" parameter must be a string.");
                    operationName = isNull ? null : value.GetString();
                    break;
                case "variables":
                    if (!isNull && value.ValueKind != JsonValueKind.Object) return Invalid("The \"variables\" parameter must be a JSON object.");
                    variables = isNull ? null : value;
                    break;
                case "extensions":
                    if (!isNull && value.ValueKind != JsonValueKind.Object) return Invalid("The \"extensions\" parameter must be a JSON object.");
                    extensions = isNull ? null : value;
                    break;
            }
        }
        return Build(query, operationName, variables, extensions);
    }

    private static (SseRequestParameters?, int, string?) FromQueryString(IQueryCollection parameters)
    {
        JsonElement? variables = null, extensions = null;
        if (Text(parameters["variables"]) is { } variablesText)
        {
            if (ParseObject(variablesText) is not { } v) return Invalid("The \"variables\" parameter must be a JSON object.");
            variables = v;
        }
        if (Text(parameters["extensions"]) is { } extensionsText)
        {
            if (ParseObject(extensionsText) is not { } e) return Invalid("The \"extensions\" parameter must be a JSON object.");
            extensions = e;
        }
        return Build(Text(parameters["query"]), Text(parameters["operationName"]), variables, extensions);
    }

    private static (SseRequestParameters?, int, string?) Build(string? query, string? operationName, JsonElement? variables, JsonElement? extensions)
    {
        if (string.IsNullOrEmpty(query)) return Invalid("Missing query");
        Dictionary<string, object?>? variableValues = null;
        if (variables is { } v)
        {
            variableValues = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var p in v.EnumerateObject()) variableValues[p.Name] = p.Value;
        }
        string? operationId = null;
        if (extensions is { } e && e.TryGetProperty("operationId", out var id))
        {
            operationId = id.ValueKind switch
            {
                JsonValueKind.String => id.GetString(),
                JsonValueKind.Number => id.GetRawText(),
                _ => null,
            };
        }
        var parameters = new SseRequestParameters
        {
            Query = query,
            OperationName = string.IsNullOrEmpty(operationName) ? null : operationName,
            Variables = variableValues,
            OperationId = string.IsNullOrEmpty(operationId) ? null : operationId,
        };
        return (parameters, 0, null);
    }

    private static string? Text(StringValues values) => values.Count == 0 ? null : values[0];

    private static JsonElement? ParseObject(string text)
    {
        if (text.Length == 0) return null;
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
