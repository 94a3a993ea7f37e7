using Federation.GraphQL.Types;

namespace Federation.Subgraph.Tests;

public sealed class LinkTests
{
    private static Schema Build(string link, string body = "type Query { a: Int }")
        => new SchemaBuilder().AddDocument("extend schema " + link + "\n" + body).AddFederation().Build();

    private static string Url(int minor) => $"https://specs.apollo.dev/federation/v2.{minor}";

    public static TheoryData<string, int> DirectiveVersions() => new()
    {
        { "key", 0 }, { "requires", 0 }, { "provides", 0 }, { "external", 0 }, { "tag", 0 }, { "extends", 0 },
        { "shareable", 0 }, { "inaccessible", 0 }, { "override", 0 }, { "composeDirective", 1 }, { "interfaceObject", 3 },
        { "authenticated", 5 }, { "requiresScopes", 5 }, { "policy", 6 }, { "context", 8 }, { "fromContext", 8 },
        { "cost", 9 }, { "listSize", 9 }, { "cacheTag", 12 },
    };

    [Theory]
    [MemberData(nameof(DirectiveVersions))]
    public void Directive_Is_Defined_From_The_Version_That_Introduced_It(string directive, int since)
    {
        for (var minor = 0; minor <= 12; minor++)
        {
            var schema = Build($"@link(url: \"{Url(minor)}\")");
            var defined = schema.GetDirective("federation__" + directive) is not null;
            Assert.True(defined == (minor >= since), $"@federation__{directive} in v2.{minor}: defined={defined}");
        }
    }

    [Theory]
    [MemberData(nameof(DirectiveVersions))]
    public void Importing_A_Directive_Before_Its_Version_Is_An_Error(string directive, int since)
    {
        if (since == 0) return;
        var error = Assert.Throws<SchemaException>(() => Build($"@link(url: \"{Url(since - 1)}\", import: [\"@{directive}\"])"));
        Assert.Contains($"Cannot import unknown element \"@{directive}\" from federation v2.{since - 1}.", error.Message);
        Assert.NotNull(Build($"@link(url: \"{Url(since)}\", import: [\"@{directive}\"])").GetDirective(directive));
    }

    [Fact]
    public void Shareable_Is_Repeatable_From_v2_2_And_Override_Has_A_Label_From_v2_7()
    {
        Assert.False(Build($"@link(url: \"{Url(1)}\")").GetDirective("federation__shareable")!.IsRepeatable);
        Assert.True(Build($"@link(url: \"{Url(2)}\")").GetDirective("federation__shareable")!.IsRepeatable);
        Assert.Null(Build($"@link(url: \"{Url(6)}\")").GetDirective("federation__override")!.Arguments["label"]);
        Assert.NotNull(Build($"@link(url: \"{Url(7)}\")").GetDirective("federation__override")!.Arguments["label"]);
    }

    [Fact]
    public void Imported_Directive_Keeps_Its_Name_And_Others_Are_Namespaced()
    {
        var schema = Build($"@link(url: \"{Url(3)}\", import: [\"@key\"])", """
            type Query { b: Book }
            type Book @key(fields: "id") @federation__shareable { id: ID! }
            """);
        Assert.NotNull(schema.GetDirective("key"));
        Assert.Null(schema.GetDirective("federation__key"));
        Assert.NotNull(schema.GetDirective("federation__shareable"));
        Assert.Null(schema.GetDirective("shareable"));
        Assert.Equal("federation__FieldSet", schema.GetDirective("key")!.Arguments["fields"]!.Type.NamedType().Name);
    }

    [Fact]
    public void Renamed_Import_Is_Used_For_Keys()
    {
        var schema = Build($"@link(url: \"{Url(3)}\", import: [{{ name: \"@key\", as: \"@uniqueKey\" }}])", """
            type Query { b: Book }
            type Book @uniqueKey(fields: "id") { id: ID! }
            """);
        Assert.NotNull(schema.GetDirective("uniqueKey"));
        Assert.Null(schema.GetDirective("key"));
        Assert.Equal(["Book"], schema.GetType<UnionType>("_Entity")!.Types.Select(t => t.Name));
    }

    [Fact]
    public void Custom_Namespace_Prefix_From_As()
    {
        var schema = Build($"@link(url: \"{Url(3)}\", as: \"fed\")", """
            type Query { b: Book }
            type Book @fed__key(fields: "id") @fed__shareable { id: ID! }
            """);
        Assert.NotNull(schema.GetDirective("fed__key"));
        Assert.NotNull(schema.GetType("fed__FieldSet"));
        Assert.Null(schema.GetDirective("federation__key"));
        Assert.Equal(["Book"], schema.GetType<UnionType>("_Entity")!.Types.Select(t => t.Name));
    }

    [Fact]
    public void Importing_FieldSet_Uses_The_Unprefixed_Scalar()
    {
        var schema = Build($"@link(url: \"{Url(0)}\", import: [\"@key\", \"FieldSet\"])");
        Assert.NotNull(schema.GetType("FieldSet"));
        Assert.Null(schema.GetType("federation__FieldSet"));
        Assert.Equal("FieldSet", schema.GetDirective("key")!.Arguments["fields"]!.Type.NamedType().Name);
    }

    [Fact]
    public void Scopes_Policies_And_Context_Scalars_Follow_Their_Versions()
    {
        var v5 = Build($"@link(url: \"{Url(5)}\")");
        Assert.NotNull(v5.GetType("federation__Scope"));
        Assert.Null(v5.GetType("federation__Policy"));
        var v8 = Build($"@link(url: \"{Url(8)}\")");
        Assert.NotNull(v8.GetType("federation__Policy"));
        Assert.NotNull(v8.GetType("federation__ContextFieldValue"));
    }

    [Theory]
    [InlineData("https://specs.apollo.dev/federation/v2.13", "Unknown version \"v2.13\" of the federation spec")]
    [InlineData("https://specs.apollo.dev/federation/v3.0", "Unknown version \"v3.0\" of the federation spec")]
    [InlineData("https://specs.apollo.dev/federation/v1.0", "Unknown version \"v1.0\" of the federation spec")]
    [InlineData("https://specs.apollo.dev/federation/latest", "Invalid federation @link url")]
    public void Unknown_Federation_Version_Is_An_Error(string url, string message)
    {
        var error = Assert.Throws<SchemaException>(() => Build($"@link(url: \"{url}\")"));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Unknown_Import_Is_An_Error()
    {
        var error = Assert.Throws<SchemaException>(() => Build($"@link(url: \"{Url(11)}\", import: [\"@nope\"])"));
        Assert.Contains("Cannot import unknown element \"@nope\"", error.Message);
    }

    [Fact]
    public void Linking_Federation_Twice_Is_An_Error()
    {
        var error = Assert.Throws<SchemaException>(() => Build($"@link(url: \"{Url(0)}\") @link(url: \"{Url(1)}\")"));
        Assert.Contains("linked more than once", error.Message);
    }

    [Fact]
    public void Using_An_Unimported_Directive_By_Its_Short_Name_Fails()
    {
        Assert.Throws<SchemaException>(() => Build($"@link(url: \"{Url(3)}\", import: [\"@key\"])", """
            type Query { b: Book }
            type Book @key(fields: "id") @shareable { id: ID! }
            """));
    }

    [Fact]
    public async Task User_Written_Federation_Definitions_Are_Replaced_And_Left_Out_Of_The_Sdl()
    {
        var schema = Build($"@link(url: \"{Url(0)}\", import: [\"@key\"])", """
            directive @key(fields: federation__FieldSet!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE
            scalar federation__FieldSet
            scalar _Any
            type Query { b: Book }
            type Book @key(fields: "id") { id: ID! }
            """);
        var sdl = await TestSubgraph.SdlAsync(schema);
        Assert.DoesNotContain("directive @key", sdl);
        Assert.DoesNotContain("scalar", sdl);
    }
}
