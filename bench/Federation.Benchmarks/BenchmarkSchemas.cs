using System.Buffers;
using System.Text.Json;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;

namespace Federation.Benchmarks;

/// <summary>Builds the schemas and executors of the benchmarks; the one place that knows the engine's entry points.</summary>
public static class BenchmarkSchemas
{
    /// <summary>The products schema with Query.products answering the 1,000 products (CLR objects or dictionaries).</summary>
    public static RequestExecutor Products(bool dictionaries)
    {
        object products = dictionaries ? ProductsData.Dictionaries() : ProductsData.Objects();
        var result = new ValueTask<object?>(products);
        return new RequestExecutor(new SchemaBuilder()
            .AddDocument(BenchmarkInputs.ProductsSchema)
            .AddResolver("Query", "products", _ => result)
            .Build());
    }

    /// <summary>The kitchen-sink schema (no resolvers needed: introspection only).</summary>
    public static RequestExecutor KitchenSink() => new(SchemaBuilder.FromSdl(BenchmarkInputs.KitchenSinkSchema));

    public static ExecutionRequest Request(string query) => new() { Query = query };

    /// <summary>Runs a request; the products and introspection requests complete synchronously, so no Task is awaited.</summary>
    public static ExecutionResult Execute(IRequestExecutor executor, ExecutionRequest request)
    {
        var pending = executor.ExecuteAsync(request);
        return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Executes once and fails when the response has errors, so that no benchmark measures error paths.</summary>
    public static void RequireNoErrors(IRequestExecutor executor, ExecutionRequest request, string name)
    {
        var result = Execute(executor, request);
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException($"{name} failed: {string.Join("; ", errors.Select(e => e.Message))}");
        }
    }

    public static byte[] ToJson(ExecutionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ResultJsonWriter.Options))
        {
            result.WriteTo(writer);
        }
        return buffer.WrittenSpan.ToArray();
    }
}
