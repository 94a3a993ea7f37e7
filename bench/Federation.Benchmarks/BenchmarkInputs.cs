using System.Reflection;
using System.Text;

namespace Federation.Benchmarks;

/// <summary>The documents and schemas in bench/data (embedded), shared with the graphql-js baseline, and the introspection query.</summary>
public static class BenchmarkInputs
{
    public static string KitchenSinkQuery { get; } = Read("kitchen-sink.graphql");
    /// <summary>The engine's <see cref="GraphQL.Introspection.IntrospectionQuery.Text"/>, which is graphql-js's getIntrospectionQuery text with every spec option.</summary>
    public static string IntrospectionQuery => GraphQL.Introspection.IntrospectionQuery.Text;
    public static string KitchenSinkSchema { get; } = Read("schema.graphql");
    public static string ProductsSchema { get; } = Read("items-schema.graphql");
    public static string ProductsQuery { get; } = Read("items-query.graphql");

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("data/" + name)
            ?? throw new InvalidOperationException($"Embedded benchmark input 'data/{name}' is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
