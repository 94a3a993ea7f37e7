namespace Federation.Compat.Products;

/// <summary>
/// The data set the compatibility suite expects from `products` (its COMPATIBILITY.md, "Expected Data Sets"): two
/// products, one deprecated product, two studies and one user, plus the `apollo-oss` inventory of the
/// @interfaceObject check. Objects are dictionaries read by the engine's default resolver.
/// </summary>
internal static class ProductsData
{
    public const string UserEmail = "support@apollographql.com";
    public const int TotalProductsCreated = 1337;
    public const int YearsOfEmployment = 10;

    public static Dictionary<string, object?> Dimension() => new() { ["size"] = "small", ["weight"] = 1.0, ["unit"] = "kg" };

    /// <summary>The user as `products` knows it: the @provides'd totalProductsCreated and the @override'n name.</summary>
    public static Dictionary<string, object?> User() => new()
    {
        ["email"] = UserEmail,
        ["name"] = "Jane Smith",
        ["totalProductsCreated"] = TotalProductsCreated,
    };

    public static readonly Dictionary<string, object?> DeprecatedProduct = new()
    {
        ["sku"] = "apollo-federation-v1",
        ["package"] = "@apollo/federation-v1",
        ["reason"] = "Migrate to Federation V2",
        ["createdBy"] = User(),
    };

    public static readonly IReadOnlyList<Dictionary<string, object?>> Research =
    [
        new() { ["study"] = new Dictionary<string, object?> { ["caseNumber"] = "1234", ["description"] = "Federation Study" }, ["outcome"] = null },
        new() { ["study"] = new Dictionary<string, object?> { ["caseNumber"] = "1235", ["description"] = "Studio Study" }, ["outcome"] = null },
    ];

    public static readonly IReadOnlyList<Dictionary<string, object?>> Products =
    [
        Product("apollo-federation", "federation", "@apollo/federation", "OSS", Research[0]),
        Product("apollo-studio", "studio", "", "platform", Research[1]),
    ];

    public static readonly IReadOnlyList<Dictionary<string, object?>> Inventories =
    [
        new() { ["id"] = "apollo-oss", ["deprecatedProducts"] = new[] { DeprecatedProduct } },
    ];

    private static Dictionary<string, object?> Product(string id, string sku, string package, string variation, Dictionary<string, object?> research) => new()
    {
        ["id"] = id,
        ["sku"] = sku,
        ["package"] = package,
        ["variation"] = new Dictionary<string, object?> { ["id"] = variation },
        ["dimensions"] = Dimension(),
        ["createdBy"] = User(),
        ["notes"] = null,
        ["research"] = new[] { research },
    };
}
