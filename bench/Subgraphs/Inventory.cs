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
            .AddBatchReferenceResolver("Product", (representations, _) =>
            {
                var products = new object?[representations.Count];
                for (var i = 0; i < products.Length; i++) products[i] = Resolve(representations[i]);
                return ValueTask.FromResult<IReadOnlyList<object?>>(products);
            })
            // Upstream ignores the price and weight it receives and answers null.
            .AddResolver("Product", "shippingEstimate", _ => null);

    /// <summary>The entity: the representation's fields (upc and the required price and weight) plus inStock.</summary>
    private static InventoryProduct? Resolve(IReadOnlyDictionary<string, object?> representation)
    {
        if (representation["upc"] is not string upc || !InStock.TryGetValue(upc, out var inStock)) return null;
        return new InventoryProduct(upc, AsInt(representation.GetValueOrDefault("price")), AsInt(representation.GetValueOrDefault("weight")), inStock);
    }

    private static int? AsInt(object? value) => value is long l and >= int.MinValue and <= int.MaxValue ? (int)l : null;
}

/// <summary>A product as inventory knows it (fields read by name, as schema-first resolvers read CLR objects).</summary>
internal sealed record InventoryProduct(string Upc, int? Price, int? Weight, bool InStock);
