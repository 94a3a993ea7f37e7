using System.Buffers;
using System.Text.Json;

namespace Federation.GraphQL.AspNetCore.Http;

/// <summary>Tells a JSON text that nests deeper than a limit from one that is malformed, so that the error names the limit.</summary>
internal static class JsonDepth
{
    /// <summary>
    /// Whether <paramref name="json"/> opens an object or array deeper than <paramref name="maxDepth"/> before any
    /// syntax error. The reader keeps its nesting in a bit stack (no recursion), so any depth is safe to scan.
    /// </summary>
    public static bool Exceeds(ReadOnlySequence<byte> json, int maxDepth)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = int.MaxValue });
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
}
