using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Federation.GraphQL.Execution;

/// <summary>
/// The response of a request (spec 7.1): errors, data and extensions. Requests that fail before execution (syntax,
/// validation, operation selection, variable coercion) have no data entry at all (<see cref="HasData"/> is false);
/// a null propagated to the root gives <c>"data": null</c>.
/// </summary>
public sealed class ExecutionResult
{
    public ExecutionResult(IReadOnlyDictionary<string, object?>? data, IReadOnlyList<GraphQLError>? errors, bool hasData = true,
        IReadOnlyDictionary<string, object?>? extensions = null)
    {
        Data = data;
        Errors = errors is { Count: > 0 } ? errors : null;
        HasData = hasData;
        Extensions = extensions;
    }

    /// <summary>A result with errors and no data entry (request errors, spec 7.1.1).</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new(null, errors, hasData: false);

    public static ExecutionResult FromError(GraphQLError error) => new(null, [error], hasData: false);

    public IReadOnlyDictionary<string, object?>? Data { get; }

    /// <summary>True when the response has a data entry (possibly null).</summary>
    public bool HasData { get; }

    public IReadOnlyList<GraphQLError>? Errors { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>Writes graphql-js's shape: errors (when any), then data (when present), then extensions.</summary>
    public void WriteTo(Utf8JsonWriter writer) => ResultJsonWriter.WriteResult(writer, this);

    /// <summary>Writes the response as UTF-8 JSON with <see cref="ResultJsonWriter.FastOptions"/> (for servers).</summary>
    public void WriteTo(IBufferWriter<byte> output)
    {
        if (Errors is null && HasData && Extensions is not { Count: > 0 })
        {
            ResultUtf8Writer.WriteDataOnly(output, Data); // the common answer, without the general writer's overhead
            return;
        }
        using var writer = new Utf8JsonWriter(output, ResultJsonWriter.FastOptions);
        WriteTo(writer);
    }

    /// <summary>The response as JSON text, escaped as JSON.stringify does.</summary>
    public string ToJson(bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, SkipValidation = true, Encoder = ResultJsonWriter.Options.Encoder }))
        {
            WriteTo(writer);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public override string ToString() => ToJson();
}
