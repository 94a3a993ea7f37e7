using Federation.GraphQL.CodeFirst;

namespace Federation.Subgraph.TestHost;

// Two subgraphs for tests/interop-subgraph/directives.test.mjs: "catalog" (code first, federation v2.9) uses the access
// control, demand control, context and composed custom directives and defines the entity interface Inventory;
// "media" (schema first) adds a field to Inventory through @interfaceObject.

internal static class DirectiveSubgraphs
{
    public const string MediaSdl = """
        extend schema
          @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@interfaceObject"])

        type Query {
          topRated: [Inventory!]!
        }

        type Inventory @key(fields: "id") @interfaceObject {
          id: ID!
          rating: Int
        }
        """;

    public static Dictionary<string, object?> Rating(object? id) => new() { ["id"] = id, ["rating"] = id is "b1" ? 5 : 3 };
}

[ComposeDirective("https://myspecs.dev/myDirective/v1.0", "directive @myDirective(a: String!) on FIELD_DEFINITION | OBJECT")]
public sealed class CatalogQuery
{
    [Authenticated]
    [Cost(5)]
    [ListSize(AssumedSize = 10)]
    public IReadOnlyList<IInventory> Inventory() => [Book.All[0], Dvd.All[0]];

    [RequiresScopes("read:account", "read:profile")]
    [RequiresScopes("admin")]
    [Policy("accounts")]
    public Account? Account([ID] string id) => id == TestHost.Account.Sample.Id ? TestHost.Account.Sample : null;
}

/// <summary>An entity interface: the catalog owns every implementation and resolves any of them by id.</summary>
[Key("id")]
public interface IInventory
{
    [ID]
    string Id { get; }

    string Title { get; }

    [ReferenceResolver]
    static IInventory? Find(string id) => (IInventory?)Book.All.FirstOrDefault(b => b.Id == id) ?? Dvd.All.FirstOrDefault(d => d.Id == id);
}

[Key("id")]
public sealed class Book : IInventory
{
    internal static readonly Book[] All = [new() { Id = "b1", Title = "Dune", Pages = 412 }];

    [ID]
    public required string Id { get; init; }

    public required string Title { get; init; }

    [Cost(2)]
    public int Pages { get; init; }

    public static Book? ResolveReference(string id) => All.FirstOrDefault(b => b.Id == id);
}

[Key("id")]
public sealed class Dvd : IInventory
{
    internal static readonly Dvd[] All = [new() { Id = "d1", Title = "Alien", Minutes = 117 }];

    [ID]
    public required string Id { get; init; }

    public required string Title { get; init; }

    public int Minutes { get; init; }

    public static Dvd? ResolveReference(string id) => All.FirstOrDefault(d => d.Id == id);
}

[Key("id")]
[Context("accountContext")]
[Directive("@myDirective(a: \"account\")")]
public sealed class Account
{
    internal static readonly Account Sample = new() { Id = "a1", Currency = "EUR" };

    [ID]
    public required string Id { get; init; }

    public required string Currency { get; init; }

    [Authenticated]
    [Policy("owner", "audited")]
    public string Secret => "s3cret";

    public Transaction LastTransaction() => new() { Id = "t1" };

    public static Account? ResolveReference(string id) => id == Sample.Id ? Sample : null;
}

[Key("id")]
public sealed class Transaction
{
    [ID]
    public required string Id { get; init; }

    public int Amount([FromContext("$accountContext { currency }")] string? currency) => currency == "EUR" ? 100 : 90;

    public static Transaction ResolveReference(string id) => new() { Id = id };
}
