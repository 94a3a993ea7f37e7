using Federation.GraphQL.AspNetCore;
using Federation.Subgraph;

namespace Federation.Bench.Subgraphs;

/// <summary>products (code first): nine products; <c>topProducts(first)</c> answers the first N.</summary>
internal static class Products
{
    public static void Add(IServiceCollection services)
        => services.AddGraphQL("products").AddQueryType<ProductsQuery>()
            .AddFederation(o => o.Version = FederationVersion.Federation25);
}

public sealed class ProductsQuery
{
    public IReadOnlyList<Product?>? TopProducts(int? first = 5) => Product.All.Take(Math.Max(0, first ?? 5)).ToArray();
}

[Key("upc")]
public sealed class Product
{
    internal static readonly Product[] All =
    [
        new("1", "Table", 899, 100),
        new("2", "Couch", 1299, 1000),
        new("3", "Glass", 15, 20),
        new("4", "Chair", 499, 100),
        new("5", "TV", 1299, 1000),
        new("6", "Lamp", 6999, 300),
        new("7", "Grill", 3999, 2000),
        new("8", "Fridge", 100000, 6000),
        new("9", "Sofa", 9999, 800),
    ];

    private Product(string upc, string name, int price, int weight)
    {
        Upc = upc;
        Name = name;
        Price = price;
        Weight = weight;
    }

    public string Upc { get; }

    public string? Name { get; }

    public int? Price { get; }

    public int? Weight { get; }

    internal static Product? Find(string? upc) => Array.Find(All, p => p.Upc == upc);

    [ReferenceResolver]
    public static Product? Resolve(string upc) => Find(upc);
}
