using Federation.GraphQL.Validation.Rules;

namespace Federation.GraphQL.Tests.Validation;

// Expected errors are graphql-js 17.1.0's answers for the same schema and documents.
public sealed class ProvidedRequiredArgumentsRuleTests : ValidationTestBase
{
    [Fact]
    public void Accepts_Required_Argument_Given() => ExpectValid(() => new ProvidedRequiredArgumentsRule(), """
        { complicatedArgs { nonNullIntArgField(nonNullIntArg: 3) } }
        """);

    [Fact]
    public void Accepts_Missing_Optional_And_Default() => ExpectValid(() => new ProvidedRequiredArgumentsRule(), """
        { complicatedArgs { multipleOpts nonNullFieldWithDefault } dog { isHouseTrained } }
        """);

    [Fact]
    public void Accepts_Unknown_Field() => ExpectValid(() => new ProvidedRequiredArgumentsRule(), """
        { dog { unknownField } }
        """);

    [Fact]
    public void Accepts_Directive_With_Required_Argument() => ExpectValid(() => new ProvidedRequiredArgumentsRule(), """
        { dog @include(if: true) { name } }
        """);

    [Fact]
    public void Rejects_Missing_One_Required_Argument() => ExpectErrors(() => new ProvidedRequiredArgumentsRule(), """
        { complicatedArgs { multipleReqs(req2: 2) } }
        """,
            Error("Argument \"ComplicatedArgs.multipleReqs(req1:)\" of type \"Int!\" is required, but it was not provided.", (1, 21)));

    [Fact]
    public void Rejects_Missing_All_Required_Arguments() => ExpectErrors(() => new ProvidedRequiredArgumentsRule(), """
        { complicatedArgs { multipleReqs } }
        """,
            Error("Argument \"ComplicatedArgs.multipleReqs(req1:)\" of type \"Int!\" is required, but it was not provided.", (1, 21)),
            Error("Argument \"ComplicatedArgs.multipleReqs(req2:)\" of type \"Int!\" is required, but it was not provided.", (1, 21)));

    [Fact]
    public void Rejects_Missing_Required_Among_Optional() => ExpectErrors(() => new ProvidedRequiredArgumentsRule(), """
        { complicatedArgs { multipleOptAndReq(req1: 1, opt1: 2) } }
        """,
            Error("Argument \"ComplicatedArgs.multipleOptAndReq(req2:)\" of type \"Int!\" is required, but it was not provided.", (1, 21)));

    [Fact]
    public void Rejects_Directive_Without_Required_Argument() => ExpectErrors(() => new ProvidedRequiredArgumentsRule(), """
        { dog @skip { name @include } }
        """,
            Error("Argument \"@skip(if:)\" of type \"Boolean!\" is required, but it was not provided.", (1, 7)),
            Error("Argument \"@include(if:)\" of type \"Boolean!\" is required, but it was not provided.", (1, 20)));

    [Fact]
    public void Rejects_Custom_Directive_Without_Required_Argument() => ExpectErrors(() => new ProvidedRequiredArgumentsRule(), """
        { dog @withArgs(optional: 2) { name } }
        """,
            Error("Argument \"@withArgs(required:)\" of type \"String!\" is required, but it was not provided.", (1, 7)));
}
