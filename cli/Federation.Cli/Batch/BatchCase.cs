using Federation.GraphQL.Utilities;
using System.Text.Json;
using Federation.Cli.Json;

namespace Federation.Cli.Batch;

/// <summary>One line of <c>fed exec --batch</c> input (the differential test's case format).</summary>
public sealed class BatchCase
{
    public string? Id { get; init; }
    public string? Print { get; init; }
    public string? Schema { get; init; }
    public string? Query { get; init; }
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }
    public string? OperationName { get; init; }
    public object? Root { get; init; }
    public bool ValidateOnly { get; init; }

    /// <summary>The default of <see cref="BatchRunner.MaxJsonDepth"/> (System.Text.Json's own default).</summary>
    public const int DefaultMaxJsonDepth = 64;

    public static BatchCase Parse(string line, int maxJsonDepth = DefaultMaxJsonDepth)
    {
        using var document = Document(line, maxJsonDepth);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new JsonException("A case must be a JSON object.");
        return new BatchCase
        {
            Id = String(root, "id"),
            Print = String(root, "print"),
            Schema = String(root, "schema"),
            Query = String(root, "query"),
            OperationName = String(root, "operationName"),
            Variables = root.TryGetProperty("variables", out var v) && v.ValueKind == JsonValueKind.Object ? JsonValues.DecodeObject(v) : null,
            Root = root.TryGetProperty("root", out var r) ? JsonValues.Decode(r) : null,
            ValidateOnly = root.TryGetProperty("validateOnly", out var vo) && vo.ValueKind == JsonValueKind.True,
        };
    }

    /// <summary>
    /// The id of a line that may not parse as a case (for error reporting): the top-level <c>"id"</c> string found
    /// before any syntax error, at any nesting depth (the reader keeps its nesting in a bit stack, without recursion).
    /// </summary>
    public static string? TryReadId(string line)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(line), new JsonReaderOptions { MaxDepth = int.MaxValue });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("id"u8);
                reader.Read();
                if (isId) return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                reader.Skip();
            }
        }
        catch (JsonException)
        {
        }
        return null;
    }

    /// <summary>Parses a line; one that nests deeper than the limit is refused with an error naming the limit.</summary>
    private static JsonDocument Document(string line, int maxJsonDepth)
    {
        try
        {
            return JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = maxJsonDepth });
        }
        catch (JsonException) when (NestsDeeperThan(line, maxJsonDepth))
        {
            throw new JsonException($"The case's JSON nests deeper than MaxJsonDepth ({maxJsonDepth}).");
        }
    }

    private static bool NestsDeeperThan(string line, int maxDepth)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(line), new JsonReaderOptions { MaxDepth = int.MaxValue });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= maxDepth) return true;
            }
        }
        catch (JsonException)
        {
        }
        return false;
    }

    private static string? String(JsonElement obj, string name)
        => obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
