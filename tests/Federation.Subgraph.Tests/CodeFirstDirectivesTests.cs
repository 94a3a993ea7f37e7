using Federation.GraphQL.CodeFirst;
using Federation.GraphQL.Types;
using Snapshooter.Xunit;

namespace Federation.Subgraph.Tests;

/// <summary>Code-first attributes for access control, demand control, contexts, interface objects and composed custom directives.</summary>
public sealed class CodeFirstDirectivesTests
{
    [ComposeDirective("https://myspecs.dev/myDirective/v1.0", "directive @myDirective(a: String!) on FIELD_DEFINITION | OBJECT")]
    public sealed class Query
    {
        [Authenticated]
        [Cost(5)]
        [ListSize(AssumedSize = 10)]
        public IReadOnlyList<Account> Accounts() => [CodeFirstDirectivesTests.Account.Sample];

        [ListSize(SlicingArguments = ["first"], SizedFields = ["items"], RequireOneSlicingArgument = false)]
        public AccountPage Page(int? first) => new([.. Enumerable.Repeat(CodeFirstDirectivesTests.Account.Sample, first ?? 1)]);

        [RequiresScopes("read:account", "read:profile")]
        [RequiresScopes("admin")]
        [Policy("accounts")]
        public Account? Account([Cost(2)] string id, [Tag("filter")] Level? level = null) => id == CodeFirstDirectivesTests.Account.Sample.Id ? CodeFirstDirectivesTests.Account.Sample : null;

        public int Search(AccountFilter filter) => filter.Name?.Length ?? 0;

        public Media? Media(string id) => new() { Id = id };

        public IReadOnlyList<IFound> Found() => [CodeFirstDirectivesTests.Account.Sample];
    }

    [UnionType("Found")]
    [Tag("search")]
    [Inaccessible]
    public interface IFound;

    [Key("id")]
    [Context("accountContext")]
    [Authenticated]
    [Directive("@myDirective(a: \"account\")")]
    public sealed class Account : IFound
    {
        public static readonly Account Sample = new() { Id = "a1", Currency = "EUR" };

        public required string Id { get; init; }

        public required string Currency { get; init; }

        [Policy("owner", "audited")]
        [Policy("admin")]
        [Directive("@myDirective(a: \"secret\")")]
        public string Secret => "s";

        public Transaction LastTransaction() => new() { Id = "t1" };
    }

    [Key("id")]
    public sealed class Transaction : IFound
    {
        public required string Id { get; init; }

        public int Amount([FromContext("$accountContext { currency }")] string? currency) => currency == "EUR" ? 100 : 0;

        public static Transaction ResolveReference(string id) => new() { Id = id };
    }

    public sealed record AccountPage(IReadOnlyList<Account> Items);

    public sealed class AccountFilter
    {
        [Cost(4)]
        [Tag("input")]
        public string? Name { get; init; }
    }

    [Cost(3)]
    [RequiresScopes("levels")]
    public enum Level
    {
        Low,
        [Inaccessible]
        [Tag("internal")]
        High,
    }

    /// <summary>Stands for the entity interface Media of another subgraph.</summary>
    [Key("id")]
    [InterfaceObject]
    public sealed class Media
    {
        public required string Id { get; init; }

        public int Rating => 5;

        public static Media ResolveReference(string id) => new() { Id = id };
    }

    /// <summary>Federation 1 style: the type is defined elsewhere and every field is external.</summary>
    [Key("upc")]
    [Extends]
    [External]
    public sealed class Legacy
    {
        public required string Upc { get; init; }
    }

    public sealed class LegacyQuery
    {
        public Legacy? Legacy(string upc) => new() { Upc = upc };
    }

    private static Schema Build(int minor = 9) => new CodeFirstSchemaBuilder().AddQueryType<Query>().AddFederation(o => o.Version = (FederationVersion)minor).Build();

    [Fact]
    public async Task Service_Sdl_Carries_The_Directives_And_Imports_What_Is_Used()
    {
        var sdl = await TestSubgraph.SdlAsync(Build());
        Snapshot.Match(sdl);
    }

    [Fact]
    public async Task Extends_And_External_On_A_Type()
    {
        var sdl = await TestSubgraph.SdlAsync(new CodeFirstSchemaBuilder().AddQueryType<LegacyQuery>().AddFederation(o => o.Version = (FederationVersion)0).Build());
        Assert.StartsWith("""extend schema @link(url: "https://specs.apollo.dev/federation/v2.0", import: ["@extends", "@external", "@key"])""", sdl);
        Assert.Contains("""type Legacy @key(fields: "upc") @extends @external {""", sdl);
    }

    [Fact]
    public void Interface_Object_Is_A_Plain_Entity_In_The_Union()
    {
        var schema = Build();
        Assert.Equal(["Account", "Media", "Transaction"], schema.GetType<UnionType>("_Entity")!.Types.Select(t => t.Name).Order());
    }

    [Fact]
    public async Task Interface_Object_Reference_Resolver_Answers_The_Representation()
    {
        var json = await TestSubgraph.RunAsync(Build(), """
            query ($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Media { id rating } } }
            """, new Dictionary<string, object?> { ["r"] = new List<object?> { TestSubgraph.Representation("Media", ("id", "m1")) } });
        Assert.Equal("""{"data":{"_entities":[{"__typename":"Media","id":"m1","rating":5}]}}""", json);
    }

    [Fact]
    public async Task From_Context_Argument_Is_An_Ordinary_Argument_In_The_Subgraph()
    {
        // The router fills the argument from the context and calls _entities; the subgraph sees a plain argument.
        var json = await TestSubgraph.RunAsync(Build(), """
            query ($r: [_Any!]!) { _entities(representations: $r) { ... on Transaction { id amount(currency: "EUR") } } }
            """, new Dictionary<string, object?> { ["r"] = new List<object?> { TestSubgraph.Representation("Transaction", ("id", "t9")) } });
        Assert.Equal("""{"data":{"_entities":[{"id":"t9","amount":100}]}}""", json);
    }

    [Theory]
    [InlineData(8, "[Cost] on field Query.accounts needs federation v2.9 or later (@cost); the subgraph links v2.8.")]
    [InlineData(7, "[Context] on type Account needs federation v2.8 or later (@context); the subgraph links v2.7.")]
    [InlineData(5, "[Policy] on field Query.account needs federation v2.6 or later (@policy); the subgraph links v2.5.")]
    [InlineData(4, "[Authenticated] on field Query.accounts needs federation v2.5 or later (@authenticated); the subgraph links v2.4.")]
    public void Attribute_Newer_Than_The_Linked_Version_Is_A_Schema_Error(int minor, string message)
    {
        var error = Assert.Throws<SchemaException>(() => Build(minor));
        Assert.Contains(message, error.Errors.Select(e => e.Message));
    }

    [Fact]
    public async Task Imports_Stop_At_What_Is_Used()
    {
        var sdl = await TestSubgraph.SdlAsync(new CodeFirstSchemaBuilder().AddQueryType<LegacyQuery>().AddFederation(o => o.Version = (FederationVersion)9).Build());
        Assert.DoesNotContain("@cost", sdl);
        Assert.DoesNotContain("@authenticated", sdl);
    }
}
