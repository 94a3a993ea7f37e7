using Federation.GraphQL.Types;
using static Federation.GraphQL.ExecutionTests.ExecutionTestHarness;

namespace Federation.GraphQL.ExecutionTests;

public class VariableCoercionTests
{
    private static readonly Schema Schema = new SchemaBuilder().AddDocument("""
        input In { a: Int!, b: String = "x", c: [Int] }
        input One @oneOf { a: Int, b: String }
        enum Color { RED GREEN }
        type Query { f(x: Int!, i: In, o: One, l: [Int!], c: Color, s: String = "dflt"): String }
        """).AddResolver("Query", "f", EchoArguments).Build();

    [Theory]
    [InlineData("query($x: Int!) { f(x: $x) }", "{}",
        """{"errors":[{"message":"Variable \"$x\" has invalid value: Expected a value of non-null type \"Int!\" to be provided.","locations":[{"line":1,"column":7}]}]}""")]
    [InlineData("query($x: Int!) { f(x: $x) }", """{"x":1.5}""",
        """{"errors":[{"message":"Variable \"$x\" has invalid value: Int cannot represent non-integer value: 1.5","locations":[{"line":1,"column":7}]}]}""")]
    [InlineData("query($x: Int!) { f(x: $x) }", """{"x":"abc"}""",
        """{"errors":[{"message":"Variable \"$x\" has invalid value: Int cannot represent non-integer value: \"abc\"","locations":[{"line":1,"column":7}]}]}""")]
    [InlineData("query($x: Int!) { f(x: $x) }", """{"x":null}""",
        """{"errors":[{"message":"Variable \"$x\" has invalid value: Expected value of non-null type \"Int!\" not to be null.","locations":[{"line":1,"column":7}]}]}""")]
    [InlineData("query($i: In) { f(x: 1, i: $i) }", """{"i":{"b":"q"}}""",
        """{"errors":[{"message":"Variable \"$i\" has invalid value: Expected value of type \"In\" to include required field \"a\", found: { b: \"q\" }.","locations":[{"line":1,"column":7}]}]}""")]
    [InlineData("query($i: In) { f(x: 1, i: $i) }", """{"i":{"a":1,"z":2}}""",
        """{"errors":[{"message":"Variable \"$i\" has invalid value: Expected value of type \"In\" not to include unknown field \"z\". Did you mean \"a\", \"b\", or \"c\"? Found: { a: 1, z: 2 }.","locations":[{"line":1,"column":7}]}]}""")]
    [InlineData("query($i: In) { f(x: 1, i: $i) }", """{"i":[1]}""",
        """{"errors":[{"message":"Variable \"$i\" has invalid value: Expected value of type \"In\" to be an object, found: [1].","locations":[{"line":1,"column":7}]}]}""")]
    [InlineData("query($i: In) { f(x: 1, i: $i) }", """{"i":{"a":1,"c":3}}""",
        """{"data":{"f":"{\"x\":1,\"i\":{\"a\":1,\"b\":\"x\",\"c\":[3]},\"s\":\"dflt\"}"}}""")]
    [InlineData("query($o: One) { f(x: 1, o: $o) }", """{"o":{"a":1,"b":"x"}}""",
        """{"errors":[{"message":"Variable \"$o\" has invalid value: Within OneOf Input Object type \"One\", exactly one field must be specified, and the value for that field must be non-null.","locations":[{"line":1,"column":7}]}]}""")]
    [InlineData("query($o: One) { f(x: 1, o: $o) }", """{"o":{"a":null}}""",
        """{"errors":[{"message":"Variable \"$o\" has invalid value at .a: Within OneOf Input Object type \"One\", exactly one field must be specified, and the value for that field must be non-null.","locations":[{"line":1,"column":7}]}]}""")]
    [InlineData("query($c: Color) { f(x: 1, c: $c) }", """{"c":"BLUE"}""",
        """{"errors":[{"message":"Variable \"$c\" has invalid value: Value \"BLUE\" does not exist in \"Color\" enum.","locations":[{"line":1,"column":7}]}]}""")]
    [InlineData("query($c: Color) { f(x: 1, c: $c) }", """{"c":3}""",
        """{"errors":[{"message":"Variable \"$c\" has invalid value: Enum \"Color\" cannot represent non-string value: 3.","locations":[{"line":1,"column":7}]}]}""")]
    [InlineData("query($l: [Int!]) { f(x: 1, l: $l) }", """{"l":[1,null,"a"]}""",
        """{"errors":[{"message":"Variable \"$l\" has invalid value at [1]: Expected value of non-null type \"Int!\" not to be null.","locations":[{"line":1,"column":7}]},{"message":"Variable \"$l\" has invalid value at [2]: Int cannot represent non-integer value: \"a\"","locations":[{"line":1,"column":7}]}]}""")]
    [InlineData("query($l: [Int!]) { f(x: 1, l: $l) }", """{"l":5}""",
        """{"data":{"f":"{\"x\":1,\"l\":[5],\"s\":\"dflt\"}"}}""")]
    public async Task Variables_Are_Coerced_As_GraphQLJs_Does(string query, string variables, string expected)
    {
        Assert.Equal(expected, await Run(Schema, query, variables: Vars(variables)));
    }
}
