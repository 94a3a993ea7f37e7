using System.Text.Json;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.ExecutionTests;

/// <summary>Runs documents against schemas and returns the response as compact JSON (graphql-js JSON.stringify shape).</summary>
internal static class ExecutionTestHarness
{
    public static async Task<string> Run(Schema schema, string query, object? root = null,
        IReadOnlyDictionary<string, object?>? variables = null, string? operationName = null, ExecutorOptions? options = null)
    {
        var executor = new RequestExecutor(schema, options);
        // Run outside xUnit's synchronization context, as a server does (resolver continuations then run inline).
        var result = await Task.Run(async () => await executor.ExecuteAsync(new ExecutionRequest
        {
            Query = query,
            RootValue = root,
            Variables = variables,
            OperationName = operationName,
        }));
        return result.ToJson();
    }

    /// <summary>Builds the schema (binding happens on the builder) and runs the document against it.</summary>
    public static Task<string> Run(SchemaBuilder builder, string query, object? root = null,
        IReadOnlyDictionary<string, object?>? variables = null, string? operationName = null, ExecutorOptions? options = null)
        => Run(builder.Build(), query, root, variables, operationName, options);

    /// <summary>Variables from JSON text, as a transport would decode them.</summary>
    public static IReadOnlyDictionary<string, object?> Vars(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return (IReadOnlyDictionary<string, object?>)ToValue(doc.RootElement)!;
    }

    /// <summary>Root data from JSON text, as dictionaries, lists and primitives.</summary>
    public static object? Data(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return ToValue(doc.RootElement);
    }

    private static object? ToValue(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().Aggregate(new Dictionary<string, object?>(), (d, p) => { d[p.Name] = ToValue(p.Value); return d; }),
        JsonValueKind.Array => e.EnumerateArray().Select(ToValue).ToList(),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt64(out var l) ? l : e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>A resolver that returns its coerced arguments as JSON text (as a graphql-js test would with JSON.stringify).</summary>
    public static ValueTask<object?> EchoArguments(IResolverContext context)
    {
        var json = JsonSerializer.Serialize(Plain(context.Arguments), new JsonSerializerOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        return new ValueTask<object?>(json);
    }

    private static object? Plain(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => Plain(p.Value)),
        object?[] list => list.Select(Plain).ToList(),
        _ => value,
    };
}
