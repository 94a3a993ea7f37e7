using Federation.GraphQL.CodeFirst;

namespace Federation.Subgraph.TestHost;

/// <summary>Three small subgraphs of one supergraph: products and inventory (schema first), reviews (code first).</summary>
internal static class Subgraphs
{
    public const string ProductsSdl = """
        extend schema
          @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", { name: "@tag", as: "@label" }])

        type Query {
          topProducts(first: Int = 5): [Product!]!
        }

        type Product @key(fields: "upc") {
          upc: String!
          name: String @label(name: "public")
          price: Int
          weight: Int
          dimensions: Dimensions @federation__shareable
        }

        type Dimensions @federation__shareable {
          size: String
        }
        """;

    public const string InventorySdl = """
        extend schema
          @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@external", "@requires"])

        type Product @key(fields: "upc") {
          upc: String!
          price: Int @external
          weight: Int @external
          inStock: Boolean
          shippingEstimate: Int @requires(fields: "price weight")
        }
        """;

    public static readonly IReadOnlyList<Dictionary<string, object?>> Products =
    [
        new() { ["upc"] = "1", ["name"] = "Table", ["price"] = 899, ["weight"] = 100 },
        new() { ["upc"] = "2", ["name"] = "Couch", ["price"] = 1299, ["weight"] = 1000 },
        new() { ["upc"] = "3", ["name"] = "Chair", ["price"] = 54, ["weight"] = 50 },
    ];
}

public sealed class ReviewsQuery
{
    public Review? Review([ID] string id) => TestHost.Review.All.FirstOrDefault(r => r.Id == id);
}

[Key("id")]
public sealed class Review
{
    internal static readonly Review[] All =
    [
        new() { Id = "1", Body = "Love it!", ProductUpc = "1" },
        new() { Id = "2", Body = "Too expensive.", ProductUpc = "2" },
        new() { Id = "3", Body = "Could be better.", ProductUpc = "1" },
    ];

    [ID]
    public required string Id { get; init; }

    public required string Body { get; init; }

    [GraphQLIgnore]
    public required string ProductUpc { get; init; }

    public Product Product() => new() { Upc = ProductUpc };

    [ReferenceResolver]
    public static Review? ResolveById(string id) => All.FirstOrDefault(r => r.Id == id);
}

[Key("upc")]
public sealed class Product
{
    public required string Upc { get; init; }

    public IReadOnlyList<Review> Reviews() => Review.All.Where(r => r.ProductUpc == Upc).ToList();

    public static Product ResolveReference(string upc) => new() { Upc = upc };
}
