namespace Federation.Benchmarks;

/// <summary>A product of the execution benchmark (5 scalars and a nested vendor), read by the default resolver.</summary>
public sealed class Product
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required double Price { get; init; }
    public required int Quantity { get; init; }
    public required bool InStock { get; init; }
    public required Vendor Vendor { get; init; }
}

public sealed class Vendor
{
    public required string Name { get; init; }
    public required string Country { get; init; }
}

/// <summary>The 1,000 products; products() in bench/graphqljs/bench.mjs builds the same values.</summary>
public static class ProductsData
{
    public const int Count = 1000;

    public static IReadOnlyList<Product> Objects()
    {
        var list = new List<Product>(Count);
        for (var i = 0; i < Count; i++)
        {
            list.Add(new Product
            {
                Id = $"product-{i}",
                Name = $"Product {i}",
                Price = i * 0.25 + 0.99,
                Quantity = i % 50,
                InStock = i % 3 != 0,
                Vendor = new Vendor { Name = $"Vendor {i % 20}", Country = i % 2 == 0 ? "US" : "DE" },
            });
        }
        return list;
    }

    /// <summary>The same products as dictionaries (the shape of data decoded from JSON or a database row).</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> Dictionaries()
    {
        var list = new List<IReadOnlyDictionary<string, object?>>(Count);
        foreach (var p in Objects())
        {
            list.Add(new Dictionary<string, object?>
            {
                ["id"] = p.Id,
                ["name"] = p.Name,
                ["price"] = p.Price,
                ["quantity"] = p.Quantity,
                ["inStock"] = p.InStock,
                ["vendor"] = new Dictionary<string, object?> { ["name"] = p.Vendor.Name, ["country"] = p.Vendor.Country },
            });
        }
        return list;
    }
}
