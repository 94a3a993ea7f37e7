using Federation.GraphQL.Types;
using static Federation.GraphQL.ExecutionTests.ExecutionTestHarness;

namespace Federation.GraphQL.ExecutionTests;

/// <summary>Argument coercion (spec 6.4.1) pinned from graphql-js 17.1.0: each field echoes its coerced arguments as JSON.</summary>
public class GraphQLJsArgumentTests
{
    private const string Sdl = """

input In { a: Int!, b: String = "x", c: [Int], d: Nested }
input Nested { n: [In!], e: Color = GREEN }
input One @oneOf { a: Int, b: String, c: In }
enum Color { RED GREEN BLUE }
type Query {
  f(x: Int, y: Float, s: String, b: Boolean, id: ID, c: Color, l: [Int], ll: [[Int!]], i: In, o: One, dflt: Int = 5, ldflt: [Color] = [RED]): String
  req(x: Int!): String
  reqd(x: Int! = 3): String
}

""";

    private const string RootJson = """{}""";

    private static readonly Schema Schema = new SchemaBuilder().AddDocument(Sdl)
        .AddResolver("Query", "f", EchoArguments)
        .AddResolver("Query", "req", EchoArguments)
        .AddResolver("Query", "reqd", EchoArguments).Build();

    public static TheoryData<string, string?, string?, string> Cases => new()
    {
        { """{ f }""", null, null,
            """{"data":{"f":"{\"dflt\":5,\"ldflt\":[\"RED\"]}"}}""" },
        { """{ f(x: 1, y: 2, s: "s", b: true, id: 3, c: BLUE) }""", null, null,
            """{"data":{"f":"{\"x\":1,\"y\":2,\"s\":\"s\",\"b\":true,\"id\":\"3\",\"c\":\"BLUE\",\"dflt\":5,\"ldflt\":[\"RED\"]}"}}""" },
        { """{ f(y: 1.5, id: "abc") }""", null, null,
            """{"data":{"f":"{\"y\":1.5,\"id\":\"abc\",\"dflt\":5,\"ldflt\":[\"RED\"]}"}}""" },
        { """{ f(l: 1) }""", null, null,
            """{"data":{"f":"{\"l\":[1],\"dflt\":5,\"ldflt\":[\"RED\"]}"}}""" },
        { """{ f(l: [1, 2, null]) }""", null, null,
            """{"data":{"f":"{\"l\":[1,2,null],\"dflt\":5,\"ldflt\":[\"RED\"]}"}}""" },
        { """{ f(ll: [[1], [2, 3]]) }""", null, null,
            """{"data":{"f":"{\"ll\":[[1],[2,3]],\"dflt\":5,\"ldflt\":[\"RED\"]}"}}""" },
        { """{ f(ll: 1) }""", null, null,
            """{"data":{"f":"{\"ll\":[[1]],\"dflt\":5,\"ldflt\":[\"RED\"]}"}}""" },
        { """{ f(i: {a: 1}) }""", null, null,
            """{"data":{"f":"{\"i\":{\"a\":1,\"b\":\"x\"},\"dflt\":5,\"ldflt\":[\"RED\"]}"}}""" },
        { """{ f(i: {a: 1, c: 4, d: {n: [{a: 2}]}}) }""", null, null,
            """{"data":{"f":"{\"i\":{\"a\":1,\"b\":\"x\",\"c\":[4],\"d\":{\"n\":[{\"a\":2,\"b\":\"x\"}],\"e\":\"GREEN\"}},\"dflt\":5,\"ldflt\":[\"RED\"]}"}}""" },
        { """{ f(o: {b: "x"}) }""", null, null,
            """{"data":{"f":"{\"o\":{\"b\":\"x\"},\"dflt\":5,\"ldflt\":[\"RED\"]}"}}""" },
        { """{ f(o: {c: {a: 1}}) }""", null, null,
            """{"data":{"f":"{\"o\":{\"c\":{\"a\":1,\"b\":\"x\"}},\"dflt\":5,\"ldflt\":[\"RED\"]}"}}""" },
        { """{ f(ldflt: [BLUE, GREEN]) }""", null, null,
            """{"data":{"f":"{\"dflt\":5,\"ldflt\":[\"BLUE\",\"GREEN\"]}"}}""" },
        { """{ f(ldflt: null, dflt: null) }""", null, null,
            """{"data":{"f":"{\"dflt\":null,\"ldflt\":null}"}}""" },
        { """query($x: Int) { f(x: $x) }""", """{}""", null,
            """{"data":{"f":"{\"dflt\":5,\"ldflt\":[\"RED\"]}"}}""" },
        { """query($x: Int) { f(x: $x) }""", """{"x":null}""", null,
            """{"data":{"f":"{\"x\":null,\"dflt\":5,\"ldflt\":[\"RED\"]}"}}""" },
        { """query($x: Int) { f(dflt: $x) }""", """{}""", null,
            """{"data":{"f":"{\"dflt\":5,\"ldflt\":[\"RED\"]}"}}""" },
        { """query($x: Int) { f(dflt: $x) }""", """{"x":null}""", null,
            """{"data":{"f":"{\"dflt\":null,\"ldflt\":[\"RED\"]}"}}""" },
        { """query($x: Int = 7) { f(dflt: $x) }""", """{}""", null,
            """{"data":{"f":"{\"dflt\":7,\"ldflt\":[\"RED\"]}"}}""" },
        { """query($x: Int = 7) { req(x: $x) }""", """{"x":null}""", null,
            """{"errors":[{"message":"Argument \"Query.req(x:)\" has invalid value: Expected variable \"$x\" provided to non-null type \"Int!\" not to be null.","locations":[{"line":1,"column":29}],"path":["req"]}],"data":{"req":null}}""" },
        { """query($x: Int = 7) { req(x: $x) }""", """{}""", null,
            """{"data":{"req":"{\"x\":7}"}}""" },
        { """query($x: Int) { reqd(x: $x) }""", """{}""", null,
            """{"data":{"reqd":"{\"x\":3}"}}""" },
        { """query($x: Int) { reqd(x: $x) }""", """{"x":null}""", null,
            """{"errors":[{"message":"Argument \"Query.reqd(x:)\" has invalid value: Expected variable \"$x\" provided to non-null type \"Int!\" not to be null.","locations":[{"line":1,"column":26}],"path":["reqd"]}],"data":{"reqd":null}}""" },
        { """query($a: Int) { f(i: {a: 1, c: [$a, 2]}) }""", """{}""", null,
            """{"data":{"f":"{\"i\":{\"a\":1,\"b\":\"x\",\"c\":[null,2]},\"dflt\":5,\"ldflt\":[\"RED\"]}"}}""" },
        { """query($a: Int) { f(i: {a: 1, c: $a}) }""", """{"a":9}""", null,
            """{"errors":[{"message":"Variable \"$a\" of type \"Int\" used in position expecting type \"[Int]\".","locations":[{"line":1,"column":7},{"line":1,"column":33}]}]}""" },
        { """query($a: Int = 2) { f(i: {a: $a}) }""", """{"a":null}""", null,
            """{"errors":[{"message":"Argument \"Query.f(i:)\" has invalid value at .a: Expected variable \"$a\" provided to non-null type \"Int!\" not to be null.","locations":[{"line":1,"column":31}],"path":["f"]}],"data":{"f":null}}""" },
        { """query($a: Int = 2) { f(i: {a: $a}) }""", """{}""", null,
            """{"data":{"f":"{\"i\":{\"a\":2,\"b\":\"x\"},\"dflt\":5,\"ldflt\":[\"RED\"]}"}}""" },
        { """query($b: String) { f(i: {a: 1, b: $b}) }""", """{}""", null,
            """{"data":{"f":"{\"i\":{\"a\":1,\"b\":\"x\"},\"dflt\":5,\"ldflt\":[\"RED\"]}"}}""" },
        { """query($b: String) { f(i: {a: 1, b: $b}) }""", """{"b":null}""", null,
            """{"data":{"f":"{\"i\":{\"a\":1,\"b\":null},\"dflt\":5,\"ldflt\":[\"RED\"]}"}}""" },
        { """query($b: String) { f(o: {b: $b}) }""", """{"b":"q"}""", null,
            """{"errors":[{"message":"Variable \"$b\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"One\".","locations":[{"line":1,"column":7},{"line":1,"column":30}]}]}""" },
        { """query($b: String) { f(o: {b: $b}) }""", """{}""", null,
            """{"errors":[{"message":"Variable \"$b\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"One\".","locations":[{"line":1,"column":7},{"line":1,"column":30}]}]}""" },
        { """query($b: String) { f(o: {b: $b}) }""", """{"b":null}""", null,
            """{"errors":[{"message":"Variable \"$b\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"One\".","locations":[{"line":1,"column":7},{"line":1,"column":30}]}]}""" },
        { """query($i: In) { f(i: $i) }""", """{"i":{"a":1,"d":{"n":[{"a":2,"c":3}]}}}""", null,
            """{"data":{"f":"{\"i\":{\"a\":1,\"b\":\"x\",\"d\":{\"n\":[{\"a\":2,\"b\":\"x\",\"c\":[3]}],\"e\":\"GREEN\"}},\"dflt\":5,\"ldflt\":[\"RED\"]}"}}""" },
        { """query($i: In) { f(i: $i) }""", """{"i":{"a":1,"d":{"n":[{"b":"q"}]}}}""", null,
            """{"errors":[{"message":"Variable \"$i\" has invalid value at .d.n[0]: Expected value of type \"In\" to include required field \"a\", found: { b: \"q\" }.","locations":[{"line":1,"column":7}]}]}""" },
        { """query($l: [[Int!]]) { f(ll: $l) }""", """{"l":[[1],2,null]}""", null,
            """{"data":{"f":"{\"ll\":[[1],[2],null],\"dflt\":5,\"ldflt\":[\"RED\"]}"}}""" },
        { """query($l: [[Int!]]) { f(ll: $l) }""", """{"l":[[1,null]]}""", null,
            """{"errors":[{"message":"Variable \"$l\" has invalid value at [0][1]: Expected value of non-null type \"Int!\" not to be null.","locations":[{"line":1,"column":7}]}]}""" },
        { """query($c: [Color]) { f(ldflt: $c) }""", """{"c":"BLUE"}""", null,
            """{"data":{"f":"{\"dflt\":5,\"ldflt\":[\"BLUE\"]}"}}""" },
        { """query($c: [Color]) { f(ldflt: $c) }""", """{"c":["BLU"]}""", null,
            """{"errors":[{"message":"Variable \"$c\" has invalid value at [0]: Value \"BLU\" does not exist in \"Color\" enum. Did you mean the enum value \"BLUE\"?","locations":[{"line":1,"column":7}]}]}""" },
        { """query($o: One) { f(o: $o) }""", """{"o":{}}""", null,
            """{"errors":[{"message":"Variable \"$o\" has invalid value: Within OneOf Input Object type \"One\", exactly one field must be specified, and the value for that field must be non-null.","locations":[{"line":1,"column":7}]}]}""" },
        { """query($o: One) { f(o: $o) }""", """{"o":{"c":{"a":1}}}""", null,
            """{"data":{"f":"{\"o\":{\"c\":{\"a\":1,\"b\":\"x\"}},\"dflt\":5,\"ldflt\":[\"RED\"]}"}}""" },
        { """query($y: Float) { f(y: $y) }""", """{"y":3}""", null,
            """{"data":{"f":"{\"y\":3,\"dflt\":5,\"ldflt\":[\"RED\"]}"}}""" },
        { """query($y: Float) { f(y: $y) }""", """{"y":"3"}""", null,
            """{"errors":[{"message":"Variable \"$y\" has invalid value: Float cannot represent non numeric value: \"3\"","locations":[{"line":1,"column":7}]}]}""" },
        { """query($id: ID) { f(id: $id) }""", """{"id":12}""", null,
            """{"data":{"f":"{\"id\":\"12\",\"dflt\":5,\"ldflt\":[\"RED\"]}"}}""" },
        { """query($id: ID) { f(id: $id) }""", """{"id":1.5}""", null,
            """{"errors":[{"message":"Variable \"$id\" has invalid value: ID cannot represent value: 1.5","locations":[{"line":1,"column":7}]}]}""" },
        { """query($s: String) { f(s: $s) }""", """{"s":1}""", null,
            """{"errors":[{"message":"Variable \"$s\" has invalid value: String cannot represent a non string value: 1","locations":[{"line":1,"column":7}]}]}""" },
        { """query($b: Boolean) { f(b: $b) }""", """{"b":"true"}""", null,
            """{"errors":[{"message":"Variable \"$b\" has invalid value: Boolean cannot represent a non boolean value: \"true\"","locations":[{"line":1,"column":7}]}]}""" },
        { """query($x: Int) { f(x: $x) }""", """{"x":2147483648}""", null,
            """{"errors":[{"message":"Variable \"$x\" has invalid value: Int cannot represent non 32-bit signed integer value: 2147483648","locations":[{"line":1,"column":7}]}]}""" },
        { """query($x: Int, $y: Int) { f(x: $x) }""", """{"x":"a","y":"b"}""", null,
            """{"errors":[{"message":"Variable \"$y\" is never used.","locations":[{"line":1,"column":16}]}]}""" },
        { """query($x: Foo) { f(x: $x) }""", """{}""", null,
            """{"errors":[{"message":"Unknown type \"Foo\".","locations":[{"line":1,"column":11}]}]}""" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Response_Matches_GraphQLJs(string query, string? variables, string? operationName, string expected)
    {
        var actual = await Run(Schema, query, Data(RootJson), variables is null ? null : Vars(variables), operationName);
        Assert.Equal(expected, actual);
    }
}
