using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Federation.GraphQL.AspNetCore.Http;

/// <summary>
/// Decodes request parameters from JSON (spec: POST, JSON Encoding; GET's <c>variables</c> and <c>extensions</c>) with a
/// <see cref="Utf8JsonReader"/> straight over the body bytes, into the engine's plain value graph (ordered maps,
/// lists, long/double, string, bool, null). Unknown properties are skipped; <c>null</c> equals absent.
/// </summary>
internal static class JsonRequestReader
{
    /// <summary>The default of <see cref="GraphQLServerOptions.MaxJsonDepth"/> (System.Text.Json's own default).</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>
    /// Reads a body: one request object, or (when <paramref name="allowBatch"/>) an array of them. Returns false with
    /// the rejection (400) when the JSON is malformed or the parameters have the wrong types.
    /// </summary>
    public static bool TryReadBody(ReadOnlySequence<byte> body, bool allowBatch, int maxBatchSize,
        out GraphQLHttpRequest? single, out List<GraphQLHttpRequest>? batch, out RequestRejection rejection, int maxDepth = DefaultMaxDepth)
    {
        single = null;
        batch = null;
        rejection = default;
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            if (!reader.Read())
            {
                rejection = BadRequest("The request body is empty; POST a JSON object with a \"query\" string.");
                return false;
            }
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                if (!allowBatch)
                {
                    rejection = BadRequest("Batched requests (a JSON array) are not enabled on this server; POST one JSON object.");
                    return false;
                }
                batch = [];
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (batch.Count >= maxBatchSize)
                    {
                        rejection = BadRequest($"A batch may hold at most {maxBatchSize} requests.");
                        return false;
                    }
                    if (!TryReadRequest(ref reader, out var item, out rejection)) return false;
                    batch.Add(item!);
                }
                if (batch.Count == 0)
                {
                    rejection = BadRequest("A batch must hold at least one request.");
                    return false;
                }
            }
            else if (!TryReadRequest(ref reader, out single, out rejection))
            {
                return false;
            }
            if (reader.Read())
            {
                rejection = BadRequest("The request body holds more than one JSON value.");
                return false;
            }
            return true;
        }
        catch (JsonException e)
        {
            rejection = BadRequest(JsonDepth.Exceeds(body, maxDepth)
                ? $"The request's JSON nests deeper than MaxJsonDepth ({maxDepth})."
                : $"The request body is not valid JSON: {e.Message}");
            return false;
        }
    }

    /// <summary>A GET parameter (<c>variables</c> or <c>extensions</c>) that must hold a JSON object; empty means absent.</summary>
    public static bool TryReadObjectParameter(string name, string? json, out IReadOnlyDictionary<string, object?>? value, out RequestRejection rejection,
        int maxDepth = DefaultMaxDepth)
    {
        value = null;
        rejection = default;
        if (string.IsNullOrEmpty(json)) return true;
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            if (!reader.Read()) throw new JsonException("Empty value.");
            if (reader.TokenType == JsonTokenType.StartObject) value = ReadObject(ref reader);
            else if (reader.TokenType != JsonTokenType.Null) return Fail(name, out rejection);
            if (reader.Read()) throw new JsonException("More than one JSON value.");
            return true;
        }
        catch (JsonException e)
        {
            rejection = BadRequest(JsonDepth.Exceeds(new ReadOnlySequence<byte>(bytes), maxDepth)
                ? $"The \"{name}\" parameter's JSON nests deeper than MaxJsonDepth ({maxDepth})."
                : $"The \"{name}\" parameter is not valid JSON: {e.Message}");
            return false;
        }
    }

    private static bool TryReadRequest(ref Utf8JsonReader reader, out GraphQLHttpRequest? request, out RequestRejection rejection)
    {
        request = null;
        rejection = default;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            rejection = BadRequest("A GraphQL request must be a JSON object with a \"query\" string.");
            return false;
        }
        ReadOnlyMemory<byte>? query = null;
        string? operationName = null;
        IReadOnlyDictionary<string, object?>? variables = null, extensions = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("query"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String) query = ReadUtf8(ref reader);
                else if (reader.TokenType == JsonTokenType.Null) query = null;
                else return Fail("query", out rejection);
            }
            else if (reader.ValueTextEquals("operationName"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String) operationName = reader.GetString();
                else if (reader.TokenType == JsonTokenType.Null) operationName = null;
                else return Fail("operationName", out rejection);
            }
            else if (reader.ValueTextEquals("variables"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartObject) variables = ReadObject(ref reader);
                else if (reader.TokenType == JsonTokenType.Null) variables = null;
                else return Fail("variables", out rejection);
            }
            else if (reader.ValueTextEquals("extensions"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartObject) extensions = ReadObject(ref reader);
                else if (reader.TokenType == JsonTokenType.Null) extensions = null;
                else return Fail("extensions", out rejection);
            }
            else
            {
                // Spec: servers MUST ignore properties they do not understand.
                reader.Read();
                reader.Skip();
            }
        }
        if (query is null)
        {
            rejection = BadRequest("The request has no \"query\": send the GraphQL document as a string.");
            return false;
        }
        request = new GraphQLHttpRequest { Query = query.Value, OperationName = operationName, Variables = variables, Extensions = extensions };
        return true;
    }

    /// <summary>
    /// A JSON string as UTF-8 bytes, kept apart from the body's buffer (which is released before execution): the
    /// document is hashed and parsed from these bytes, never decoded to a .NET string. Escapes are undone if present.
    /// </summary>
    private static ReadOnlyMemory<byte> ReadUtf8(ref Utf8JsonReader reader)
    {
        if (!reader.HasValueSequence && !reader.ValueIsEscaped) return reader.ValueSpan.ToArray();
        var bytes = new byte[reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length];
        return bytes.AsMemory(0, reader.CopyString(bytes));
    }

    private static bool Fail(string parameter, out RequestRejection rejection)
    {
        var expected = parameter is "query" or "operationName" ? "a string" : "an object";
        rejection = BadRequest($"The \"{parameter}\" parameter must be {expected} (or null).");
        return false;
    }

    private static RequestRejection BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    // Shared boxes (immutable) for booleans and small integral numbers, so that decoding them does not allocate.
    private static readonly object True = true;
    private static readonly object False = false;
    private static readonly object[] SmallIntegers = Enumerable.Range(0, 1024).Select(i => (object)(long)i).ToArray();

    private static object Box(long value) => (ulong)value < (ulong)SmallIntegers.Length ? SmallIntegers[value] : value;

    private static object? ReadValue(ref Utf8JsonReader reader, JsonStringCache strings) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.True => True,
        JsonTokenType.False => False,
        JsonTokenType.String => strings.Get(ref reader),
        // Integers that fit are longs, other numbers doubles (the cast keeps the conditional from widening longs to double).
        JsonTokenType.Number => reader.TryGetInt64(out var l) ? Box(l) : (object)reader.GetDouble(),
        JsonTokenType.StartObject => ReadObject(ref reader, strings),
        JsonTokenType.StartArray => ReadArray(ref reader, strings),
        _ => throw new JsonException($"Unexpected JSON token {reader.TokenType}."),
    };

    private static IReadOnlyDictionary<string, object?> ReadObject(ref Utf8JsonReader reader) => ReadObject(ref reader, new JsonStringCache());

    /// <summary>A JSON object: a <see cref="JsonObjectMap"/> while it has few properties, else an ordered dictionary.</summary>
    private static IReadOnlyDictionary<string, object?> ReadObject(ref Utf8JsonReader reader, JsonStringCache strings)
    {
        var small = new JsonObjectMap();
        OrderedDictionary<string, object?>? large = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = strings.Get(ref reader);
            reader.Read();
            var value = ReadValue(ref reader, strings);
            // A later duplicate key replaces the earlier value, as JSON.parse does.
            if (large is not null)
            {
                large[name] = value;
            }
            else if (!small.TrySet(name, value))
            {
                large = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (key, earlier) in small) large[key] = earlier;
                large[name] = value;
            }
        }
        return large ?? (IReadOnlyDictionary<string, object?>)small;
    }

    private static List<object?> ReadArray(ref Utf8JsonReader reader, JsonStringCache strings)
    {
        var list = new List<object?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) list.Add(ReadValue(ref reader, strings));
        return list;
    }
}
