using Federation.GraphQL.Introspection;
using Federation.Testing;

namespace Federation.GraphQL.Tests.Introspection;

/// <summary>
/// <see cref="IntrospectionQuery"/> is graphql-js 17.1.0's <c>getIntrospectionQuery</c> text, character for character:
/// the expected texts in <c>__snapshots__/introspection-query*.graphql</c> are written by graphql-js itself
/// (<c>oracle/introspect-snapshots.js</c>, command in <c>oracle/README.md</c>).
/// </summary>
public sealed class IntrospectionQueryTextTests
{
    [Fact]
    public void Text_Is_GraphQLJs_Query_With_Every_Option()
        => Assert.Equal(Fixtures.Read("introspection-query.graphql"), IntrospectionQuery.Text);

    [Fact]
    public void Default_Options_Give_GraphQLJs_Default_Query()
        => Assert.Equal(Fixtures.Read("introspection-query.defaults.graphql"), IntrospectionQuery.Create(new IntrospectionQueryOptions()));

    [Fact]
    public void Each_Option_Adds_Only_Its_Fields()
    {
        var none = IntrospectionQuery.Create(new IntrospectionQueryOptions { Descriptions = false });
        Assert.DoesNotContain("description", none, StringComparison.Ordinal);
        Assert.DoesNotContain("args(includeDeprecated: true)", none, StringComparison.Ordinal);
        Assert.Contains("args(includeDeprecated: true)", IntrospectionQuery.Create(new IntrospectionQueryOptions { InputValueDeprecation = true }), StringComparison.Ordinal);
        var oneOf = IntrospectionQuery.Create(new IntrospectionQueryOptions { OneOf = true });
        Assert.Contains("isOneOf", oneOf, StringComparison.Ordinal);
        Assert.DoesNotContain("specifiedByURL", oneOf, StringComparison.Ordinal);
        // As in graphql-js, the schema description is asked for only together with descriptions.
        Assert.DoesNotContain("description", IntrospectionQuery.Create(new IntrospectionQueryOptions { Descriptions = false, SchemaDescription = true }), StringComparison.Ordinal);
    }
}
