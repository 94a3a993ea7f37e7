using Federation.GraphQL.AspNetCore;
using Federation.GraphQL.CodeFirst;
using Federation.Subgraph;

namespace Federation.Bench.Subgraphs;

/// <summary>accounts (code first): six users; <c>me</c> is user 1.</summary>
internal static class Accounts
{
    public static void Add(IServiceCollection services)
        => services.AddGraphQL("accounts").AddQueryType<AccountsQuery>()
            .AddFederation(o => o.Version = FederationVersion.Federation25);
}

public sealed class AccountsQuery
{
    public User? Me() => User.All[0];

    [GraphQLName("user")]
    public User? FindUser([ID] string id) => User.Find(id);

    public IReadOnlyList<User?>? Users() => User.All;
}

[Key("id")]
public sealed class User
{
    internal static readonly User[] All =
    [
        new("1", "Uri Goldshtein", "urigo"),
        new("2", "Dotan Simha", "dotansimha"),
        new("3", "Kamil Kisiela", "kamilkisiela"),
        new("4", "Arda Tanrikulu", "ardatan"),
        new("5", "Gil Gardosh", "gilgardosh"),
        new("6", "Laurin Quast", "laurin"),
    ];

    private User(string id, string name, string username)
    {
        Id = id;
        Name = name;
        Username = username;
    }

    [ID]
    public string Id { get; }

    public string? Name { get; }

    /// <summary>Shareable: reviews provides it too (<c>Review.author @provides(fields: "username")</c>).</summary>
    [Shareable]
    public string? Username { get; }

    public int? Birthday => 1234567890;

    internal static User? Find(string? id) => Array.Find(All, u => u.Id == id);

    [ReferenceResolver]
    public static User? Resolve(string id) => Find(id);
}
