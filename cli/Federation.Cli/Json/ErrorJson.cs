using System.Text.Json;
using Federation.GraphQL;
using Federation.GraphQL.Execution;

namespace Federation.Cli.Json;

/// <summary>Errors in the response shape of spec 7.1.2 (written by the engine's result writer), and for people.</summary>
public static class ErrorJson
{
    public static void WriteErrors(Utf8JsonWriter writer, string propertyName, IReadOnlyList<GraphQLError> errors)
    {
        writer.WritePropertyName(propertyName);
        writer.WriteStartArray();
        foreach (var error in errors) Write(writer, error);
        writer.WriteEndArray();
    }

    public static void Write(Utf8JsonWriter writer, GraphQLError error) => ResultJsonWriter.WriteError(writer, error);

    /// <summary>Formats an error for people, compiler style: <c>query.graphql:3:7: Cannot query field "x" on type "Query".</c></summary>
    public static string Describe(string source, GraphQLError error)
    {
        if (error.Locations is not { Count: > 0 } locations) return $"{source}: {error.Message}";
        var first = locations[0];
        var others = locations.Count > 1 ? " (also at " + string.Join(", ", locations.Skip(1).Select(l => $"{l.Line}:{l.Column}")) + ")" : "";
        return $"{source}:{first.Line}:{first.Column}: {error.Message}{others}";
    }

    /// <summary>Writes any runtime value (maps, lists, leaves) as JSON.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value) => ResultJsonWriter.WriteValue(writer, value);
}
