using System.Text.Json;
using Federation.GraphQL;

namespace Federation.Cli.Json;

/// <summary>Writes errors in the response shape of spec 7.1.2: message, then locations and path when present.</summary>
public static class ErrorJson
{
    public static void WriteErrors(Utf8JsonWriter writer, string propertyName, IReadOnlyList<GraphQLError> errors)
    {
        writer.WritePropertyName(propertyName);
        writer.WriteStartArray();
        foreach (var error in errors) Write(writer, error);
        writer.WriteEndArray();
    }

    public static void Write(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var l in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", l.Line);
                writer.WriteNumber("column", l.Column);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (error.Path is { } path)
        {
            writer.WritePropertyName("path");
            writer.WriteStartArray();
            foreach (var segment in path)
            {
                if (segment is int index) writer.WriteNumberValue(index);
                else writer.WriteStringValue(segment.ToString());
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    /// <summary>Formats an error for people, compiler style: <c>query.graphql:3:7: Cannot query field "x" on type "Query".</c></summary>
    public static string Describe(string source, GraphQLError error)
    {
        if (error.Locations is not { Count: > 0 } locations) return $"{source}: {error.Message}";
        var first = locations[0];
        var others = locations.Count > 1 ? " (also at " + string.Join(", ", locations.Skip(1).Select(l => $"{l.Line}:{l.Column}")) + ")" : "";
        return $"{source}:{first.Line}:{first.Column}: {error.Message}{others}";
    }

    /// <summary>Writes any runtime value (maps, lists, leaves) as JSON.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: writer.WriteNumberValue(d); break;
            case float f: writer.WriteNumberValue(f); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case JsonElement e: e.WriteTo(writer); break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (k, v) in map)
                {
                    writer.WritePropertyName(k);
                    WriteValue(writer, v);
                }
                writer.WriteEndObject();
                break;
            case System.Collections.IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list) WriteValue(writer, item);
                writer.WriteEndArray();
                break;
            default: writer.WriteStringValue(value.ToString()); break;
        }
    }
}
