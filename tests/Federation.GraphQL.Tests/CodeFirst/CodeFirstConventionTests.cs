using Federation.GraphQL.CodeFirst;
using Federation.GraphQL.Execution;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Tests.CodeFirst;

/// <summary>Naming, nullability and attribute conventions of the code-first builder.</summary>
public sealed class CodeFirstConventionTests
{
    [Theory]
    [InlineData("InProgress", "IN_PROGRESS")]
    [InlineData("Done", "DONE")]
    [InlineData("HTTPError", "HTTP_ERROR")]
    [InlineData("Version2Beta", "VERSION2_BETA")]
    public void Enum_Values_Are_Upper_Snake_Case(string clrName, string expected)
        => Assert.Equal(expected, NamingConventions.EnumValueName(clrName));

    [Theory]
    [InlineData("UserId", "userId")]
    [InlineData("ID", "id")]
    [InlineData("URLPath", "urlPath")]
    [InlineData("name", "name")]
    public void Field_Names_Are_Camel_Case(string clrName, string expected)
        => Assert.Equal(expected, NamingConventions.CamelCase(clrName));

    public sealed class Shapes
    {
        public string Text => "";
        public string? MaybeText => null;
        public List<string?> Items => [];
        public IReadOnlyList<int>? Numbers => null;
        public int Count => 0;
        public int? MaybeCount => null;
        public string[][] Grid => [];
        public Task<string> GetNameAsync() => Task.FromResult("");
        [GraphQLName("renamed")] public string Original => "";
        [GraphQLNonNull] public string? Forced => "";
        [GraphQLType("[ID!]")] public object? Custom => null;
        [ID] public Guid Key => Guid.Empty;
        [GraphQLIgnore] public string Hidden => "";
        [Obsolete] public string Old => "";
        public static string Static => "";
        public void Nothing() { }
    }

    public sealed class ShapesQuery
    {
        public Shapes Shapes() => new();
    }

    [Fact]
    public void Members_Map_To_Fields_With_Nullability_From_Nullable_Reference_Types()
    {
        var schema = new CodeFirstSchemaBuilder().AddQueryType<ShapesQuery>().Build();
        var type = schema.GetType<ObjectType>("Shapes")!;
        Assert.Equal(
            ["text: String!", "maybeText: String", "items: [String]!", "numbers: [Int!]", "count: Int!", "maybeCount: Int",
             "grid: [[String!]!]!", "renamed: String!", "forced: String!", "custom: [ID!]", "key: ID!", "old: String!", "name: String!"],
            type.Fields.Select(f => $"{f.Name}: {f.Type}"));
        Assert.Equal("No longer supported", type.GetField("old")!.DeprecationReason);
    }

    public sealed class ArgumentQuery
    {
        public string Echo(string text, int times = 2, string? suffix = null, [GraphQLName("sep")] string separator = ", ",
            [GraphQLDescription("Upper-case the result")] bool upper = false)
            => (upper ? text.ToUpperInvariant() : text) + separator + times + suffix;

        public string Key([ID] Guid id) => id.ToString("N");
    }

    [Fact]
    public async Task Parameters_Become_Arguments_With_Defaults_And_Conversions()
    {
        var schema = new CodeFirstSchemaBuilder().AddQueryType<ArgumentQuery>().Build();
        var echo = schema.QueryType!.GetField("echo")!;
        Assert.Equal(["text: String!", "times: Int! = 2", "suffix: String", "sep: String! = \", \"", "upper: Boolean! = false"],
            echo.Arguments.Select(a => $"{a.Name}: {a.Type}" + (a.DefaultValue is null ? "" : " = " + Federation.GraphQL.Language.Printer.Print((Federation.GraphQL.Language.SyntaxNode)a.DefaultValue))));
        Assert.Equal("Upper-case the result", echo.Arguments["upper"]!.Description);
        var result = await new RequestExecutor(schema).ExecuteAsync(new ExecutionRequest(
            """{ echo(text: "a", sep: "-", upper: true) key(id: "7d444840-9dc0-11d1-b245-5ffdce74fad2") }"""));
        Assert.Equal("""{"data":{"echo":"A-2","key":"7d4448409dc011d1b2455ffdce74fad2"}}""", result.ToJson());
    }

    public sealed class ClashQuery
    {
        public Nested.Item A() => new();
        public Item B() => new();
    }

    public sealed class Item { public int X => 1; }

    public static class Nested
    {
        public sealed class Item { public int Y => 1; }
    }

    [Fact]
    public void Two_Clr_Types_With_One_GraphQL_Name_Are_Rejected()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new CodeFirstSchemaBuilder().AddQueryType<ClashQuery>().Build());
        Assert.Contains("\"Item\"", error.Message);
    }

    public sealed class EmptyQuery;

    [Fact]
    public void Invalid_Schema_Throws_SchemaException_From_The_Validator()
    {
        var error = Assert.Throws<SchemaException>(() => new CodeFirstSchemaBuilder().AddQueryType<EmptyQuery>().Build());
        Assert.Contains(error.Errors, e => e.Message.Contains("Query", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_The_Scalars_In_Use_Are_In_The_Schema()
    {
        var schema = new CodeFirstSchemaBuilder().AddQueryType<TokenOnlyQuery>().Build();
        Assert.Equal(["Query", "Boolean", "String", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"],
            schema.Types.Select(t => t.Name));
    }

    public sealed class TokenOnlyQuery
    {
        public bool Ok => true;
    }
}

public sealed class CodeFirstInputNamingTests
{
    public sealed class SearchInput
    {
        [GraphQLName("q")] public string Text { get; set; } = "";
        public int Limit { get; set; } = 1;
    }

    public sealed record PointInput([property: GraphQLName("px")] int X, int Y);

    public sealed class InputQuery
    {
        public string Search(SearchInput input) => $"{input.Text}/{input.Limit}";
        public string Point(PointInput point) => $"{point.X},{point.Y}";
    }

    [Fact]
    public async Task Renamed_Input_Fields_Bind_To_Their_Properties()
    {
        var schema = new CodeFirstSchemaBuilder().AddQueryType<InputQuery>().Build();
        var result = await new RequestExecutor(schema).ExecuteAsync(new ExecutionRequest(
            """{ search(input: { q: "cats", limit: 3 }) point(point: { px: 1, y: 2 }) }"""));
        Assert.Equal("""{"data":{"search":"cats/3","point":"1,2"}}""", result.ToJson());
    }

    [Fact]
    public async Task Renamed_Input_Fields_Bind_From_Variables_And_Keep_Their_Runtime_Type()
    {
        var schema = new CodeFirstSchemaBuilder().AddQueryType<InputQuery>().Build();
        Assert.Equal(typeof(PointInput), schema.GetType<InputObjectType>("PointInput")!.RuntimeType);
        var variables = new Dictionary<string, object?>
        {
            ["s"] = new Dictionary<string, object?> { ["q"] = "dogs", ["limit"] = 5L },
            ["p"] = new Dictionary<string, object?> { ["px"] = 7L, ["y"] = 8L },
        };
        var result = await new RequestExecutor(schema).ExecuteAsync(new ExecutionRequest(
            "query($s: SearchInput!, $p: PointInput!) { search(input: $s) point(point: $p) }", variables));
        Assert.Equal("""{"data":{"search":"dogs/5","point":"7,8"}}""", result.ToJson());
    }
}
