using Federation.GraphQL.AspNetCore;
using Federation.Subgraph;

namespace Federation.Bench.Subgraphs;

/// <summary>
/// inventory (schema first): <c>inStock</c> by upc, and <c>shippingEstimate</c> behind <c>@requires(fields: "price weight")</c>
/// (federation spec, "@requires"): the gateway sends price and weight in the representation. As upstream, the estimate
/// itself is null.
/// </summary>
public static class Inventory
{
    public const string Sdl = """
        extend schema
          @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@external", "@requires"])

        type Product @key(fields: "upc") {
          upc: String!
          weight: Int @external
          price: Int @external
          inStock: Boolean
          shippingEstimate: Int @requires(fields: "price weight")
        }
        """;

    private static readonly Dictionary<string, bool> InStock = new(StringComparer.Ordinal)
    {
        ["1"] = true, ["2"] = false, ["3"] = false, ["4"] = false, ["5"] = true,
        ["6"] = true, ["7"] = true, ["8"] = false, ["9"] = true,
    };

    public static void Add(IServiceCollection services)
        => services.AddGraphQL("inventory").AddDocumentFromString(Sdl).AddFederation()
            .AddReferenceResolver<InventoryProduct>("Product")
            // Upstream ignores the price and weight it receives and answers null.
            .AddResolver("Product", "shippingEstimate", _ => null);

    internal static bool? Find(string upc) => InStock.TryGetValue(upc, out var inStock) ? inStock : null;
}

/// <summary>A product as inventory knows it (fields read by name, as schema-first resolvers read CLR objects).</summary>
public sealed record InventoryProduct(string Upc, int? Price, int? Weight, bool InStock)
{
    /// <summary>The entity: the representation's key (upc) and the required price and weight, plus inStock.</summary>
    [ReferenceResolver]
    public static InventoryProduct? Resolve(string upc, int? price, int? weight)
        => Inventory.Find(upc) is { } inStock ? new InventoryProduct(upc, price, weight, inStock) : null;
}
