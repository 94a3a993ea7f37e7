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

    public static BatchCase Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
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

    /// <summary>The id of a line that may not even parse as a case, for error reporting.</summary>
    public static string? TryReadId(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return String(document.RootElement, "id");
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? String(JsonElement obj, string name)
        => obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
