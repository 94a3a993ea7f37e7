using Microsoft.Extensions.Primitives;

namespace Federation.GraphQL.AspNetCore.Http;

/// <summary>The response media types of GraphQL over HTTP.</summary>
internal enum ResponseMediaType
{
    /// <summary>No acceptable media type (406).</summary>
    None,

    /// <summary><c>application/json</c>: the legacy type; well-formed requests answer 200.</summary>
    Json,

    /// <summary><c>application/graphql-response+json</c>: request errors answer 4xx.</summary>
    GraphQLResponseJson,
}

/// <summary>
/// Content negotiation (GraphQL over HTTP, Accept; RFC 9110 12.5.1): each media type gets the quality of the most
/// specific range that matches it, the higher quality wins; a missing header, <c>*/*</c> and <c>application/*</c>
/// choose <c>application/json</c> (as graphql-http's audits expect, for legacy clients).
/// </summary>
internal static class MediaTypeNegotiation
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string GraphQLResponseJsonUtf8 = "application/graphql-response+json; charset=utf-8";
    public const string JsonUtf8 = "application/json; charset=utf-8";

    public static string ContentType(ResponseMediaType type)
        => type == ResponseMediaType.GraphQLResponseJson ? GraphQLResponseJsonUtf8 : JsonUtf8;

    public static ResponseMediaType Negotiate(StringValues accept)
    {
        if (accept.Count == 0) return ResponseMediaType.Json;
        var best = new Match(-1, 0, int.MaxValue);
        var bestJson = new Match(-1, 0, int.MaxValue);
        var index = 0;
        foreach (var header in accept)
        {
            if (header is null) continue;
            var rest = header.AsSpan();
            while (!rest.IsEmpty)
            {
                var comma = rest.IndexOf(',');
                var range = comma < 0 ? rest : rest[..comma];
                rest = comma < 0 ? [] : rest[(comma + 1)..];
                if (range.Trim().IsEmpty) continue;
                Consider(range, index++, ref best, ref bestJson);
            }
        }
        if (best.Specificity < 0 && bestJson.Specificity < 0) return ResponseMediaType.None;
        var graphQL = best.Specificity < 0 ? 0 : best.Quality;
        var json = bestJson.Specificity < 0 ? 0 : bestJson.Quality;
        if (graphQL <= 0 && json <= 0) return ResponseMediaType.None;
        if (graphQL != json) return graphQL > json ? ResponseMediaType.GraphQLResponseJson : ResponseMediaType.Json;
        // Equal quality: the type named explicitly (not by a wildcard) and listed first wins; wildcards alone pick JSON.
        if (best.Specificity == 2 && (bestJson.Specificity < 2 || best.Index < bestJson.Index)) return ResponseMediaType.GraphQLResponseJson;
        return ResponseMediaType.Json;
    }

    /// <summary>Records the range for each of our two types if it matches more specifically than what was seen.</summary>
    private static void Consider(ReadOnlySpan<char> range, int index, ref Match graphQL, ref Match json)
    {
        var semicolon = range.IndexOf(';');
        var type = (semicolon < 0 ? range : range[..semicolon]).Trim();
        var parameters = semicolon < 0 ? [] : range[(semicolon + 1)..];
        var quality = 1.0;
        var charsetOk = true;
        while (!parameters.IsEmpty)
        {
            var next = parameters.IndexOf(';');
            var parameter = (next < 0 ? parameters : parameters[..next]).Trim();
            parameters = next < 0 ? [] : parameters[(next + 1)..];
            var eq = parameter.IndexOf('=');
            if (eq < 0) continue;
            var name = parameter[..eq].Trim();
            var value = parameter[(eq + 1)..].Trim().Trim('"');
            if (name.Equals("q", StringComparison.OrdinalIgnoreCase))
            {
                if (!double.TryParse(value, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out quality)) quality = 0;
            }
            else if (name.Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                charsetOk = value.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || value.Equals("utf8", StringComparison.OrdinalIgnoreCase);
            }
        }
        if (!charsetOk) return;
        if (type.Equals("*/*", StringComparison.Ordinal))
        {
            Update(ref graphQL, new Match(0, quality, index));
            Update(ref json, new Match(0, quality, index));
        }
        else if (type.Equals("application/*", StringComparison.OrdinalIgnoreCase))
        {
            Update(ref graphQL, new Match(1, quality, index));
            Update(ref json, new Match(1, quality, index));
        }
        else if (type.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
        {
            Update(ref graphQL, new Match(2, quality, index));
        }
        else if (type.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            Update(ref json, new Match(2, quality, index));
        }
    }

    private static void Update(ref Match current, Match candidate)
    {
        if (candidate.Specificity > current.Specificity
            || (candidate.Specificity == current.Specificity && candidate.Quality > current.Quality))
        {
            current = candidate;
        }
    }

    private readonly record struct Match(int Specificity, double Quality, int Index);
}
