using System.Reflection;
using System.Text.Json;
using Federation.GraphQL.AspNetCore;
using Federation.Subgraph;

namespace Federation.Bench.Subgraphs;

/// <summary>
/// reviews (schema first): eleven reviews over products 1 to 4; <c>Review.author</c> is always user 1 with its
/// username provided (<c>@provides</c>), <c>User.reviews</c> is reviews 1 and 2 for any user. Federation 2 style: the
/// key fields of Product and User are not <c>@external</c> (a subgraph resolves its own key fields), only the provided
/// username is.
/// </summary>
internal static class Reviews
{
    public const string Sdl = """
        extend schema
          @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@external", "@provides"])

        type Product @key(fields: "upc") {
          upc: String!
          reviews: [Review]
        }

        type Review @key(fields: "id") {
          id: ID!
          body: String
          product: Product
          author: User @provides(fields: "username")
        }

        type User @key(fields: "id") {
          id: ID!
          username: String @external
          reviews: [Review]
        }
        """;

    private static readonly Dictionary<string, object?> Author = new(StringComparer.Ordinal) { ["id"] = "1", ["username"] = "urigo" };

    /// <summary>Review id to product upc (ids 1–4 on product 1, 5–8 on 2, 9 on 3, 10–11 on 4).</summary>
    private static readonly (string Id, string Upc)[] Placement =
        [("1", "1"), ("2", "1"), ("3", "1"), ("4", "1"), ("5", "2"), ("6", "2"), ("7", "2"), ("8", "2"), ("9", "3"), ("10", "4"), ("11", "4")];

    private static readonly Dictionary<string, Dictionary<string, object?>> ById = LoadReviews();

    private static readonly Dictionary<string, object?[]> ByUpc = Placement.GroupBy(p => p.Upc)
        .ToDictionary(g => g.Key, g => g.Select(p => (object?)ById[p.Id]).ToArray(), StringComparer.Ordinal);

    private static readonly object?[] UserReviews = [ById["1"], ById["2"]];

    public static void Add(IServiceCollection services)
        => services.AddGraphQL("reviews").AddDocumentFromString(Sdl).AddFederation()
            .AddBatchReferenceResolver("Product", (representations, _) => Batch(representations, r =>
                r["upc"] is string upc ? new Dictionary<string, object?>(1, StringComparer.Ordinal) { ["upc"] = upc } : null))
            .AddBatchReferenceResolver("Review", (representations, _) => Batch(representations, r =>
                r["id"] is string id ? ById.GetValueOrDefault(id) : null))
            .AddBatchReferenceResolver("User", (representations, _) => Batch(representations, r =>
                r["id"] is string id ? new Dictionary<string, object?>(1, StringComparer.Ordinal) { ["id"] = id } : null))
            .AddResolver("Product", "reviews", context =>
                context.Parent is IReadOnlyDictionary<string, object?> { } p && p["upc"] is string upc ? ByUpc.GetValueOrDefault(upc, []) : null)
            .AddResolver("User", "reviews", _ => UserReviews);

    private static ValueTask<IReadOnlyList<object?>> Batch(IReadOnlyList<IReadOnlyDictionary<string, object?>> representations,
        Func<IReadOnlyDictionary<string, object?>, object?> resolve)
    {
        var entities = new object?[representations.Count];
        for (var i = 0; i < entities.Length; i++) entities[i] = resolve(representations[i]);
        return ValueTask.FromResult<IReadOnlyList<object?>>(entities);
    }

    private static Dictionary<string, Dictionary<string, object?>> LoadReviews()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("review-bodies.json")
            ?? throw new InvalidOperationException("The embedded review-bodies.json is missing.");
        var bodies = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException("review-bodies.json is not an object of strings.");
        var reviews = new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
        foreach (var (id, upc) in Placement)
        {
            reviews[id] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = id,
                ["body"] = bodies[id],
                ["product"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["upc"] = upc },
                ["author"] = Author,
            };
        }
        return reviews;
    }
}
