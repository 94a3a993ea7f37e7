using System.Text.Json;
using System.Text.Json.Nodes;

namespace Federation.Benchmarks;

/// <summary>
/// Checks that both sides of the comparison do the same work: the Federation responses of the execution and
/// introspection benchmarks must equal graphql-js's (written by <c>bench.mjs --dump</c>).
/// </summary>
public static class ResultCheck
{
    public static int Run(string directory)
    {
        var failures = 0;
        var products = BenchmarkSchemas.Request(BenchmarkInputs.ProductsQuery);
        var introspection = BenchmarkSchemas.Request(BenchmarkInputs.IntrospectionQuery);
        failures += Compare(directory, "products", "products (CLR objects)",
            BenchmarkSchemas.ToJson(BenchmarkSchemas.Execute(BenchmarkSchemas.Products(dictionaries: false), products)));
        failures += Compare(directory, "products", "products (dictionaries)",
            BenchmarkSchemas.ToJson(BenchmarkSchemas.Execute(BenchmarkSchemas.Products(dictionaries: true), products)));
        failures += Compare(directory, "introspection", "introspection",
            BenchmarkSchemas.ToJson(BenchmarkSchemas.Execute(BenchmarkSchemas.KitchenSink(), introspection)));
        return failures == 0 ? 0 : 1;
    }

    private static int Compare(string directory, string file, string name, byte[] federation)
    {
        var expectedBytes = File.ReadAllBytes(Path.Combine(directory, file + ".graphql-js.json"));
        File.WriteAllBytes(Path.Combine(directory, file + ".federation.json"), federation);
        if (expectedBytes.AsSpan().SequenceEqual(federation))
        {
            Console.WriteLine($"{name}: response identical to graphql-js's ({federation.Length:N0} bytes)");
            return 0;
        }

        var same = JsonNode.DeepEquals(JsonNode.Parse(expectedBytes), JsonNode.Parse(federation));
        Console.WriteLine(same
            ? $"{name}: same JSON value as graphql-js's, different text ({federation.Length:N0} vs {expectedBytes.Length:N0} bytes)"
            : $"{name}: DIFFERENT from graphql-js's response ({federation.Length:N0} vs {expectedBytes.Length:N0} bytes; see {file}.federation.json)");
        return same ? 0 : 1;
    }
}
