using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;

namespace Federation.Subgraph.Tests;

/// <summary>Runs operations against a subgraph schema and answers the result as JSON.</summary>
internal static class TestSubgraph
{
    public const string ProductsSdl = """
        extend schema
          @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", { name: "@external", as: "@ext" }])

        "The products subgraph's root."
        type Query {
          topProducts(first: Int = 5): [Product!]!
        }

        type Product @key(fields: "upc") @key(fields: "sku variation { id }") {
          upc: String!
          sku: String
          variation: Variation
          name: String @shareable
          price: Int @federation__tag(name: "public")
          weight: Int @ext
        }

        type Variation {
          id: ID!
        }

        type User @key(fields: "email", resolvable: false) {
          email: String!
        }

        type Review @key(fields: "id") {
          id: ID!
          body: String
          author: User
        }
        """;

    public static async Task<string> RunAsync(Schema schema, string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = await new RequestExecutor(schema).ExecuteAsync(new ExecutionRequest(query, variables));
        return result.ToJson();
    }

    public static async Task<string> SdlAsync(Schema schema)
    {
        var result = await new RequestExecutor(schema).ExecuteAsync(new ExecutionRequest("{ _service { sdl } }"));
        Assert.Null(result.Errors);
        var service = (IReadOnlyDictionary<string, object?>)result.Data!["_service"]!;
        return (string)service["sdl"]!;
    }

    public static Dictionary<string, object?> Representation(string typeName, params (string Key, object? Value)[] fields)
    {
        var map = new Dictionary<string, object?> { ["__typename"] = typeName };
        foreach (var (key, value) in fields) map[key] = value;
        return map;
    }
}
