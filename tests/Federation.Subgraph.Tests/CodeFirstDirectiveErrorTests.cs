using Federation.GraphQL.CodeFirst;
using Federation.GraphQL.Types;

namespace Federation.Subgraph.Tests;

/// <summary>Attributes that break the directive definitions of the subgraph are schema errors at build.</summary>
public sealed class CodeFirstDirectiveErrorTests
{
    private const string MyDirectiveUrl = "https://myspecs.dev/myDirective/v1.0";

    public sealed class SharedInputQuery
    {
        public int Count(Filter filter) => filter.Name?.Length ?? 0;
    }

    public sealed class Filter
    {
        [Shareable]
        public string? Name { get; init; }
    }

    public sealed class NonNullContextQuery
    {
        public int Amount([FromContext("$ctx { currency }")] string currency) => currency.Length;
    }

    public sealed class UnderscoreContextQuery
    {
        public Holder Holder() => new();
    }

    [Context("my_context")]
    public sealed class Holder
    {
        public int Value => 1;
    }

    public sealed class UndeclaredCustomQuery
    {
        [Directive("@myDirective(a: \"x\")")]
        public int Value => 1;
    }

    [ComposeDirective(MyDirectiveUrl, "directive @myDirective(a: String!) on FIELD_DEFINITION")]
    public sealed class RepeatedCustomQuery
    {
        [Directive("@myDirective(a: \"x\")")]
        [Directive("@myDirective(a: \"y\")")]
        public int Value => 1;
    }

    [ComposeDirective(MyDirectiveUrl, "directive @myDirective(a: String!) on FIELD_DEFINITION")]
    public sealed class MisplacedCustomQuery
    {
        public Holder2 Holder() => new();
    }

    [Directive("@myDirective(a: \"x\")")]
    public sealed class Holder2
    {
        public int Value => 1;
    }

    [ComposeDirective(MyDirectiveUrl, "directive @myDirective(a: String!) on FIELD_DEFINITION")]
    public sealed class MissingArgumentQuery
    {
        [Directive("@myDirective")]
        public int Value => 1;
    }

    [ComposeDirective("https://myspecs.dev/no-version", "directive @myDirective on FIELD_DEFINITION")]
    public sealed class BadUrlQuery
    {
        public int Value => 1;
    }

    [ComposeDirective(MyDirectiveUrl, "directive @myDirective on FIELD")]
    public sealed class ExecutableQuery
    {
        public int Value => 1;
    }

    public sealed class EmptyListSizeQuery
    {
        [ListSize]
        public IReadOnlyList<int> Values() => [];
    }

    public sealed class EmptyScopesQuery
    {
        [RequiresScopes]
        public int Value => 1;
    }

    public sealed class MisplacedComposeQuery
    {
        public Composer Composer() => new();
    }

    [ComposeDirective(MyDirectiveUrl, "directive @myDirective on FIELD_DEFINITION")]
    public sealed class Composer
    {
        public int Value => 1;
    }

    public sealed class KeylessInterfaceObjectQuery
    {
        public Catalogue? Catalogue() => null;
    }

    [InterfaceObject]
    public sealed class Catalogue
    {
        public required string Id { get; init; }
    }

    [Theory]
    [InlineData(typeof(SharedInputQuery), "@shareable cannot be applied to input field FilterInput.name: its locations are OBJECT | FIELD_DEFINITION.")]
    [InlineData(typeof(NonNullContextQuery), "[FromContext] on argument Query.amount(currency:): the argument must be nullable (the router fills it).")]
    [InlineData(typeof(UnderscoreContextQuery), "[Context(\"my_context\")] on type Holder: a context name is not empty and has no underscore.")]
    [InlineData(typeof(UndeclaredCustomQuery), "@myDirective on field Query.value is not a directive of this subgraph: declare a custom directive with [ComposeDirective(url, definition)] on the query type.")]
    [InlineData(typeof(RepeatedCustomQuery), "@myDirective is not repeatable, but field Query.value applies it more than once.")]
    [InlineData(typeof(MisplacedCustomQuery), "@myDirective cannot be applied to type Holder2: its locations are FIELD_DEFINITION.")]
    [InlineData(typeof(MissingArgumentQuery), "@myDirective on field Query.value needs the argument \"a\".")]
    [InlineData(typeof(BadUrlQuery), "[ComposeDirective] for @myDirective: \"https://myspecs.dev/no-version\" is not a spec URL of the form \"https://host/name/v1.0\".")]
    [InlineData(typeof(ExecutableQuery), "[ComposeDirective] @myDirective has executable locations; only type system directives are composed.")]
    [InlineData(typeof(EmptyListSizeQuery), "[ListSize] on field Query.values sets none of AssumedSize, SlicingArguments, SizedFields, RequireOneSlicingArgument.")]
    [InlineData(typeof(EmptyScopesQuery), "[RequiresScopes] on field Query.value needs at least one name.")]
    [InlineData(typeof(MisplacedComposeQuery), "[ComposeDirective] on type Composer: it is schema level, put it on the query type (Query).")]
    [InlineData(typeof(KeylessInterfaceObjectQuery), "[InterfaceObject] on type Catalogue needs the [Key]s of the entity interface it stands for.")]
    public void Invalid_Attribute_Is_A_Schema_Error(Type query, string message)
    {
        var error = Assert.Throws<SchemaException>(() => new CodeFirstSchemaBuilder().AddQueryType(query).AddFederation(o => o.Version = (FederationVersion)9).Build());
        Assert.True(error.Errors.Any(e => e.Message == message), "Errors:\n" + error.Message);
    }

    [Fact]
    public void Compose_Directive_Before_Federation_2_1_Is_A_Schema_Error()
    {
        var error = Assert.Throws<SchemaException>(() => new CodeFirstSchemaBuilder().AddQueryType<RepeatedCustomQuery>().AddFederation(o => o.Version = (FederationVersion)0).Build());
        Assert.Equal("[ComposeDirective] needs federation v2.1 or later (@composeDirective); the subgraph links v2.0.", error.Message);
    }

    public sealed class InterfaceQuery
    {
        public IThing? Thing() => null;
    }

    [Key("id")]
    public interface IThing
    {
        string Id { get; }
    }

    [Key("id")]
    public sealed class Gizmo : IThing
    {
        public required string Id { get; init; }
    }

    [Fact]
    public void Entity_Interface_Before_Federation_2_3_Is_A_Schema_Error()
    {
        var error = Assert.Throws<SchemaException>(() => new CodeFirstSchemaBuilder().AddQueryType<InterfaceQuery>().AddType<Gizmo>().AddFederation(o => o.Version = (FederationVersion)2).Build());
        Assert.Equal("[Key] on interface Thing (an entity interface) needs federation v2.3 or later; the subgraph links v2.2.", error.Message);
    }
}
