using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Tests.Types;

/// <summary>
/// Each case: the messages and locations graphql-js 17.1.0 validateSDL(parse(sdl)) reports, in order (generated once with node).
/// </summary>
public class SdlValidatorTests
{
    public static TheoryData<string, string, string[]> SdlCases => new()
    {
        { "loneSchema", "schema { query: Query } schema { query: Query } type Query { a: Int }", ["Must provide only one schema definition. @1:25", "There can be only one query type in schema. @1:10,1:34"] },
        { "uniqueOperationTypes", "schema { query: Query query: Query } extend schema { query: Query } type Query { a: Int }", ["There can be only one query type in schema. @1:10,1:23", "There can be only one query type in schema. @1:10,1:54"] },
        { "uniqueTypeNames", "type Query { a: Int } type Query { b: Int } scalar Query", ["There can be only one type named \"Query\". @1:6,1:28", "There can be only one type named \"Query\". @1:6,1:52"] },
        { "uniqueEnumValues", "type Query { a: E } enum E { A A } extend enum E { A B }", ["Enum value \"E.A\" can only be defined once. @1:30,1:32", "Enum value \"E.A\" can only be defined once. @1:30,1:52"] },
        { "uniqueFieldDefs", "type Query { a: Int a: String } extend type Query { a: Int } input In { x: Int x: Int } interface I { y: Int } extend interface I { y: Int }", ["Field \"Query.a\" can only be defined once. @1:14,1:21", "Field \"Query.a\" can only be defined once. @1:14,1:53", "Field \"In.x\" can only be defined once. @1:73,1:80", "Field \"I.y\" can only be defined once. @1:103,1:133"] },
        { "uniqueArgDefs", "directive @d(a: Int, a: Int) on FIELD type Query { f(x: Int, x: Int, x: String): Int } extend type Query { g(y: Int, y: Int): Int }", ["Argument \"@d(a:)\" can only be defined once. @1:14,1:22", "Argument \"Query.f(x:)\" can only be defined once. @1:54,1:62,1:70", "Argument \"Query.g(y:)\" can only be defined once. @1:110,1:118"] },
        { "uniqueDirectiveNames", "directive @d on FIELD directive @d on QUERY type Query { a: Int }", ["There can be only one directive named \"@d\". @1:12,1:34"] },
        { "knownTypeNames", "type Query { a: Strin b: [Quer!] c(x: Inputt): Int } input Input { a: Int }", ["Unknown type \"Strin\". Did you mean \"String\"? @1:17", "Unknown type \"Quer\". Did you mean \"Query\"? @1:27", "Unknown type \"Inputt\". Did you mean \"Input\" or \"Int\"? @1:39"] },
        { "knownTypeNamesStd", "type Query { a: __Schema }", [] },
        { "knownDirectives", "type Query @unknown { a: Int @include(if: true) b: Int @deprecated } scalar S @specifiedBy(url: \"x\") @oneOf", ["Unknown directive \"@unknown\". @1:12", "Directive \"@include\" may not be used on FIELD_DEFINITION. @1:30", "Directive \"@oneOf\" may not be used on SCALAR. @1:102"] },
        { "knownDirectivesLocations", "directive @d on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION type Query { a(x: Int @d): Int @d } input In @d { y: Int @d } enum E @d { A @d } schema @d { query: Query }", ["Directive \"@d\" may not be used on FIELD_DEFINITION. @1:93", "Directive \"@d\" may not be used on INPUT_OBJECT. @1:107", "Directive \"@d\" may not be used on ENUM. @1:131", "Directive \"@d\" may not be used on ENUM_VALUE. @1:138", "Directive \"@d\" may not be used on SCHEMA. @1:150"] },
        { "uniqueDirectivesPerLocation", "directive @d on OBJECT | FIELD_DEFINITION directive @r repeatable on OBJECT type Query @d @d @r @r { a: Int @d @d } extend type Query @d", ["The directive \"@d\" can only be used once at this location. @1:88,1:91", "The directive \"@d\" can only be used once at this location. @1:109,1:112", "The directive \"@d\" can only be used once at this location. @1:88,1:135"] },
        { "possibleTypeExtensions", "type Query { a: Int } extend scalar Query @specifiedBy(url: \"u\") extend type Unknown { b: Int } extend type Qurey { c: Int } extend input Query { x: Int }", ["Cannot extend non-scalar type \"Query\". @1:1,1:23", "Cannot extend type \"Unknown\" because it is not defined. @1:78", "Cannot extend type \"Qurey\" because it is not defined. Did you mean \"Query\"? @1:109", "Cannot extend non-input object type \"Query\". @1:1,1:126"] },
        { "knownArgNamesOnDirectives", "directive @d(arg: Int) on FIELD_DEFINITION type Query { a: Int @d(arg: 1, ag: 2) b: Int @deprecated(reasn: \"x\") }", ["Unknown argument \"ag\" on directive \"@d\". Did you mean \"arg\"? @1:75", "Unknown argument \"reasn\" on directive \"@deprecated\". Did you mean \"reason\"? @1:101"] },
        { "uniqueArgNames", "directive @d(a: Int) on FIELD_DEFINITION type Query { a: Int @d(a: 1, a: 2) }", ["There can be only one argument named \"a\". @1:65,1:71"] },
        { "uniqueInputFieldNames", "directive @d(a: In) on FIELD_DEFINITION input In { x: Int } type Query { a(x: In = {x: 1, x: 2}): Int @d(a: {x: 1, x: 2}) }", ["There can be only one input field named \"x\". @1:85,1:91", "There can be only one input field named \"x\". @1:110,1:116"] },
        { "providedRequiredArgs", "directive @d(a: Int!, b: Int! = 1, c: [String!]!) on FIELD_DEFINITION type Query { a: Int @d b: Int @d(a: 1, c: []) } scalar S @specifiedBy", ["Argument \"@d(a:)\" of type \"Int!\" is required, but it was not provided. @1:91", "Argument \"@d(c:)\" of type \"[String!]!\" is required, but it was not provided. @1:91", "Argument \"@specifiedBy(url:)\" of type \"String!\" is required, but it was not provided. @1:128"] },
        { "valid", "type Query { a: Int } extend type Query { b: Int } directive @x(a: Int) repeatable on OBJECT extend type Query @x @x", [] },
    };

    [Theory]
    [MemberData(nameof(SdlCases))]
    public void Validate_Reports_What_GraphQLJs_Reports(string name, string sdl, string[] expected)
    {
        _ = name;
        var errors = SdlValidator.Validate(Parser.Parse(sdl));
        var actual = errors.Select(e => e.Message + " @" + string.Join(",", (e.Locations ?? []).Select(l => $"{l.Line}:{l.Column}"))).ToArray();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Validate_Knows_Scalars_Supplied_In_Code()
    {
        var document = Parser.Parse("type Query { a: Date } extend scalar Date @specifiedBy(url: \"x\")");
        Assert.Equal(2, SdlValidator.Validate(document).Count);
        Assert.Empty(SdlValidator.Validate(document, ["Date"]));
    }
}
