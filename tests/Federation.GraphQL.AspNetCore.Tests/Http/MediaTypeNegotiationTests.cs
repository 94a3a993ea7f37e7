using Federation.GraphQL.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Federation.GraphQL.AspNetCore.Tests.Http;

public class MediaTypeNegotiationTests
{
    [Theory]
    [InlineData("application/graphql-response+json", "GraphQLResponseJson")]
    [InlineData("application/json", "Json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "GraphQLResponseJson")]
    [InlineData("application/json, application/graphql-response+json;q=0.5", "Json")]
    [InlineData("application/json, application/graphql-response+json", "Json")]
    [InlineData("application/graphql-response+json, application/json", "GraphQLResponseJson")]
    [InlineData("*/*", "Json")]
    [InlineData("application/*", "Json")]
    [InlineData("*/*, application/graphql-response+json", "GraphQLResponseJson")]
    [InlineData("application/json;q=0, */*", "GraphQLResponseJson")]
    [InlineData("text/html, */*;q=0.1", "Json")]
    [InlineData("application/json; charset=utf-8", "Json")]
    [InlineData("APPLICATION/GRAPHQL-RESPONSE+JSON;CHARSET=UTF-8", "GraphQLResponseJson")]
    [InlineData("text/html", "None")]
    [InlineData("application/xml, text/plain", "None")]
    [InlineData("application/json; charset=iso-8859-1", "None")]
    [InlineData("application/json;q=0", "None")]
    [InlineData("application/graphql-response+json;q=0, application/json;q=0", "None")]
    public void Negotiate_Picks_The_Highest_Quality_Supported_Type(string accept, string expected)
        => Assert.Equal(Enum.Parse<ResponseMediaType>(expected), MediaTypeNegotiation.Negotiate(new StringValues(accept)));

    [Fact]
    public void Negotiate_Chooses_Json_When_Accept_Is_Missing()
        => Assert.Equal(ResponseMediaType.Json, MediaTypeNegotiation.Negotiate(StringValues.Empty));

    [Fact]
    public void Negotiate_Reads_Every_Accept_Header_Line()
        => Assert.Equal(ResponseMediaType.GraphQLResponseJson,
            MediaTypeNegotiation.Negotiate(new StringValues(["text/html", "application/graphql-response+json"])));
}
