using Federation.GraphQL.AspNetCore;
using Federation.GraphQL.Execution;
using Federation.Subgraph;

namespace Federation.Compat.Products;

/// <summary>Root fields, reference resolvers and the @requires field of the compatibility `products` subgraph.</summary>
internal static class ProductsResolvers
{
    public static GraphQLServerBuilder AddProductsResolvers(this GraphQLServerBuilder graphql) => graphql
        .AddResolver("Query", "product", ctx => FindProduct(ctx.ArgumentValue<string>("id"), null, null, null))
        .AddResolver("Query", "deprecatedProduct", ctx => FindDeprecatedProduct(ctx.ArgumentValue<string>("sku"), ctx.ArgumentValue<string>("package")))
        // @key(fields: "id"), @key(fields: "sku package"), @key(fields: "sku variation { id }")
        .AddReferenceResolver("Product", (r, _) => FindProduct(Text(r, "id"), Text(r, "sku"), Text(r, "package"),
            r.GetValueOrDefault("variation") is IReadOnlyDictionary<string, object?> v ? Text(v, "id") : null))
        .AddReferenceResolver("DeprecatedProduct", (r, _) => FindDeprecatedProduct(Text(r, "sku"), Text(r, "package")))
        .AddReferenceResolver("ProductResearch", (r, _) => r.GetValueOrDefault("study") is IReadOnlyDictionary<string, object?> study
            ? ProductsData.Research.FirstOrDefault(p => Equals(((IReadOnlyDictionary<string, object?>)p["study"]!)["caseNumber"], Text(study, "caseNumber")))
            : null)
        .AddReferenceResolver("User", (r, _) => Text(r, "email") == ProductsData.UserEmail ? User(r) : null)
        .AddReferenceResolver("Inventory", (r, _) => ProductsData.Inventories.FirstOrDefault(i => Equals(i["id"], Text(r, "id"))))
        // @requires(fields: "totalProductsCreated yearsOfEmployment"): both come in the representation.
        .AddResolver("User", "averageProductsCreatedPerYear", ctx =>
            ctx.Parent is IReadOnlyDictionary<string, object?> user
            && user.GetValueOrDefault("totalProductsCreated") is IConvertible total
            && user.GetValueOrDefault("yearsOfEmployment") is IConvertible years
            && years.ToDouble(null) != 0
                ? (object?)(int)Math.Round(total.ToDouble(null) / years.ToDouble(null))
                : null);

    private static Dictionary<string, object?> User(IReadOnlyDictionary<string, object?> representation)
    {
        var user = ProductsData.User();
        foreach (var (name, value) in representation) if (name != "__typename") user[name] = value;
        return user;
    }

    private static object? FindProduct(string? id, string? sku, string? package, string? variation)
        => ProductsData.Products.FirstOrDefault(p =>
            (id is not null && Equals(p["id"], id))
            || (sku is not null && Equals(p["sku"], sku)
                && ((package is not null && Equals(p["package"], package))
                    || (variation is not null && Equals(((IReadOnlyDictionary<string, object?>)p["variation"]!)["id"], variation)))));

    private static object? FindDeprecatedProduct(string? sku, string? package)
        => Equals(ProductsData.DeprecatedProduct["sku"], sku) && Equals(ProductsData.DeprecatedProduct["package"], package)
            ? ProductsData.DeprecatedProduct
            : null;

    private static string? Text(IReadOnlyDictionary<string, object?> map, string name) => map.GetValueOrDefault(name) as string;
}
