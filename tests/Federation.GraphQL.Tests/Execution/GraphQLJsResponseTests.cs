using Federation.GraphQL.Types;
using static Federation.GraphQL.ExecutionTests.ExecutionTestHarness;

namespace Federation.GraphQL.ExecutionTests;

/// <summary>Responses pinned from graphql-js 17.1.0 (graphql() with the same SDL and root data as JSON).</summary>
public class GraphQLJsResponseTests
{
    private const string Sdl = """

interface Named { name: String }
type Dog implements Named { name: String barks: Boolean owner: Person }
type Cat implements Named { name: String meows: Boolean! lives: Int }
union Pet = Dog | Cat
enum Color { RED GREEN BLUE }
type Person { name: String! age: Int friends: [Person] best: Person! tags: [String!] scores: [Int!]! color: Color pets: [Pet] named: Named }
type Query {
  hero: Person
  people: [Person]
  strictPeople: [Person!]!
  nn: String!
  num: Int
  flt: Float
  bad: Int
  badFloat: Float
  badEnum: Color
  badList: [Int]
  notList: [Int]
  str: String
  id: ID
  bool: Boolean
  pets: [Pet]
  named: Named
  unknownPet: Pet
  nonObjPet: Pet
  noTypePet: Pet
  nested: [[Int!]]
}

""";

    private const string RootJson = """{"hero":{"name":"Luke","age":19,"friends":[{"name":"Han","age":30},{"name":null},{"name":"Leia","age":19}],"best":{"name":"Han"},"tags":["a",null,"b"],"scores":[1,2],"color":"RED","pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","meows":null}],"named":{"__typename":"Cat","name":"Kit","meows":true,"lives":9}},"people":[{"name":"A","age":1,"best":{"name":"B"}},{"name":"C","age":2.5,"best":null},{"name":null,"age":3,"best":{"name":"D"}}],"strictPeople":[{"name":"A"},{"name":null},{"name":"C"}],"nn":null,"num":42,"flt":1,"bad":1.5,"badFloat":"x1","badEnum":"PURPLE","badList":[1,"two",3,4.5],"notList":7,"str":12,"id":7,"bool":1,"pets":[{"__typename":"Dog","name":"Rex","barks":true,"owner":{"name":"Luke"}},{"__typename":"Cat","name":"Tom","meows":true,"lives":3}],"named":{"__typename":"Dog","name":"Fido","barks":false},"unknownPet":{"__typename":"Bird","name":"Tweety"},"nonObjPet":{"__typename":"Named"},"noTypePet":{"name":"?"},"nested":[[1,2],null,[3,null],[4]]}""";

    private static readonly Schema Schema = SchemaBuilder.FromSdl(Sdl);

    public static TheoryData<string, string?, string?, string> Cases => new()
    {
        { """{ hero { name age } }""", null, null,
            """{"data":{"hero":{"name":"Luke","age":19}}}""" },
        { """{ hero { name friends { name age } } }""", null, null,
            """{"errors":[{"message":"Cannot return null for non-nullable field Person.name.","locations":[{"line":1,"column":25}],"path":["hero","friends",1,"name"]}],"data":{"hero":{"name":"Luke","friends":[{"name":"Han","age":30},null,{"name":"Leia","age":19}]}}}""" },
        { """{ hero { best { name age } } }""", null, null,
            """{"data":{"hero":{"best":{"name":"Han","age":null}}}}""" },
        { """{ hero { tags } }""", null, null,
            """{"errors":[{"message":"Cannot return null for non-nullable field Person.tags.","locations":[{"line":1,"column":10}],"path":["hero","tags",1]}],"data":{"hero":{"tags":null}}}""" },
        { """{ hero { scores color } }""", null, null,
            """{"data":{"hero":{"scores":[1,2],"color":"RED"}}}""" },
        { """{ people { name age } }""", null, null,
            """{"errors":[{"message":"Int cannot represent non-integer value: 2.5","locations":[{"line":1,"column":17}],"path":["people",1,"age"]},{"message":"Cannot return null for non-nullable field Person.name.","locations":[{"line":1,"column":12}],"path":["people",2,"name"]}],"data":{"people":[{"name":"A","age":1},{"name":"C","age":null},null]}}""" },
        { """{ people { name best { name } } }""", null, null,
            """{"errors":[{"message":"Cannot return null for non-nullable field Person.best.","locations":[{"line":1,"column":17}],"path":["people",1,"best"]},{"message":"Cannot return null for non-nullable field Person.name.","locations":[{"line":1,"column":12}],"path":["people",2,"name"]}],"data":{"people":[{"name":"A","best":{"name":"B"}},null,null]}}""" },
        { """{ strictPeople { name } }""", null, null,
            """{"errors":[{"message":"Cannot return null for non-nullable field Person.name.","locations":[{"line":1,"column":18}],"path":["strictPeople",1,"name"]}],"data":null}""" },
        { """{ num strictPeople { name } str }""", null, null,
            """{"errors":[{"message":"Cannot return null for non-nullable field Person.name.","locations":[{"line":1,"column":22}],"path":["strictPeople",1,"name"]}],"data":null}""" },
        { """{ nn }""", null, null,
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.nn.","locations":[{"line":1,"column":3}],"path":["nn"]}],"data":null}""" },
        { """{ num nn flt }""", null, null,
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.nn.","locations":[{"line":1,"column":7}],"path":["nn"]}],"data":null}""" },
        { """{ num flt bad badFloat badEnum }""", null, null,
            """{"errors":[{"message":"Int cannot represent non-integer value: 1.5","locations":[{"line":1,"column":11}],"path":["bad"]},{"message":"Float cannot represent non numeric value: \"x1\"","locations":[{"line":1,"column":15}],"path":["badFloat"]},{"message":"Enum \"Color\" cannot represent value: \"PURPLE\"","locations":[{"line":1,"column":24}],"path":["badEnum"]}],"data":{"num":42,"flt":1,"bad":null,"badFloat":null,"badEnum":null}}""" },
        { """{ badList }""", null, null,
            """{"errors":[{"message":"Int cannot represent non-integer value: \"two\"","locations":[{"line":1,"column":3}],"path":["badList",1]},{"message":"Int cannot represent non-integer value: 4.5","locations":[{"line":1,"column":3}],"path":["badList",3]}],"data":{"badList":[1,null,3,null]}}""" },
        { """{ notList }""", null, null,
            """{"errors":[{"message":"Expected Iterable, but did not find one for field \"Query.notList\".","locations":[{"line":1,"column":3}],"path":["notList"]}],"data":{"notList":null}}""" },
        { """{ str id bool }""", null, null,
            """{"data":{"str":"12","id":"7","bool":true}}""" },
        { """{ pets { __typename ... on Dog { name barks owner { name } } ... on Cat { name meows lives } } }""", null, null,
            """{"data":{"pets":[{"__typename":"Dog","name":"Rex","barks":true,"owner":{"name":"Luke"}},{"__typename":"Cat","name":"Tom","meows":true,"lives":3}]}}""" },
        { """{ named { __typename name ... on Dog { barks } } }""", null, null,
            """{"data":{"named":{"__typename":"Dog","name":"Fido","barks":false}}}""" },
        { """{ unknownPet { __typename } }""", null, null,
            """{"errors":[{"message":"Abstract type \"Pet\" was resolved to a type \"Bird\" that does not exist inside the schema.","locations":[{"line":1,"column":3}],"path":["unknownPet"]}],"data":{"unknownPet":null}}""" },
        { """{ nonObjPet { __typename } }""", null, null,
            """{"errors":[{"message":"Abstract type \"Pet\" was resolved to a non-object type \"Named\".","locations":[{"line":1,"column":3}],"path":["nonObjPet"]}],"data":{"nonObjPet":null}}""" },
        { """{ noTypePet { __typename } }""", null, null,
            """{"errors":[{"message":"Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.noTypePet\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.","locations":[{"line":1,"column":3}],"path":["noTypePet"]}],"data":{"noTypePet":null}}""" },
        { """{ hero { pets { ... on Cat { meows } ... on Dog { name } } } }""", null, null,
            """{"errors":[{"message":"Cannot return null for non-nullable field Cat.meows.","locations":[{"line":1,"column":30}],"path":["hero","pets",1,"meows"]}],"data":{"hero":{"pets":[{"name":"Rex"},null]}}}""" },
        { """{ hero { named { ... on Cat { lives } } } }""", null, null,
            """{"data":{"hero":{"named":{"lives":9}}}}""" },
        { """{ nested }""", null, null,
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.nested.","locations":[{"line":1,"column":3}],"path":["nested",2,1]}],"data":{"nested":[[1,2],null,null,[4]]}}""" },
        { """{ a: num b: num num }""", null, null,
            """{"data":{"a":42,"b":42,"num":42}}""" },
        { """{ hero { name } hero { age } }""", null, null,
            """{"data":{"hero":{"name":"Luke","age":19}}}""" },
        { """{ hero { ...F } } fragment F on Person { name ...G } fragment G on Person { age }""", null, null,
            """{"data":{"hero":{"name":"Luke","age":19}}}""" },
        { """query Q($skip: Boolean!) { num @skip(if: $skip) str @include(if: $skip) }""", """{"skip":true}""", null,
            """{"data":{"str":"12"}}""" },
        { """query Q($skip: Boolean!) { num @skip(if: $skip) str @include(if: $skip) }""", """{"skip":false}""", null,
            """{"data":{"num":42}}""" },
        { """{ num @skip(if: true) ... on Query @include(if: false) { str } ... @include(if: true) { bool } }""", null, null,
            """{"data":{"bool":true}}""" },
        { """query A { num } query B { str }""", """{}""", "B",
            """{"data":{"str":"12"}}""" },
        { """query A { num } query B { str }""", """{}""", null,
            """{"errors":[{"message":"Must provide operation name if query contains multiple operations."}]}""" },
        { """query A { num }""", """{}""", "C",
            """{"errors":[{"message":"Unknown operation named \"C\"."}]}""" },
        { """fragment F on Query { num }""", null, null,
            """{"errors":[{"message":"Fragment \"F\" is never used.","locations":[{"line":1,"column":1}]}]}""" },
        { """{ __typename hero { __typename } }""", null, null,
            """{"data":{"__typename":"Query","hero":{"__typename":"Person"}}}""" },
        { """{ hero { friends { best { name } } } }""", null, null,
            """{"errors":[{"message":"Cannot return null for non-nullable field Person.best.","locations":[{"line":1,"column":20}],"path":["hero","friends",0,"best"]},{"message":"Cannot return null for non-nullable field Person.best.","locations":[{"line":1,"column":20}],"path":["hero","friends",1,"best"]},{"message":"Cannot return null for non-nullable field Person.best.","locations":[{"line":1,"column":20}],"path":["hero","friends",2,"best"]}],"data":{"hero":{"friends":[null,null,null]}}}""" },
        { """{ people { best { name } name } }""", null, null,
            """{"errors":[{"message":"Cannot return null for non-nullable field Person.best.","locations":[{"line":1,"column":12}],"path":["people",1,"best"]},{"message":"Cannot return null for non-nullable field Person.name.","locations":[{"line":1,"column":26}],"path":["people",2,"name"]}],"data":{"people":[{"best":{"name":"B"},"name":"A"},null,null]}}""" },
        { """{ num unknownField }""", null, null,
            """{"errors":[{"message":"Cannot query field \"unknownField\" on type \"Query\". Did you mean \"unknownPet\"?","locations":[{"line":1,"column":7}]}]}""" },
        { """{ hero { name""", null, null,
            """{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":14}]}]}""" },
        { """{ hero { namee } }""", null, null,
            """{"errors":[{"message":"Cannot query field \"namee\" on type \"Person\". Did you mean \"name\", \"named\", or \"age\"?","locations":[{"line":1,"column":10}]}]}""" },
        { """subscription { num }""", null, null,
            """{"errors":[{"message":"The subscription operation is not supported by the schema.","locations":[{"line":1,"column":1}]}]}""" },
        { """mutation { num }""", null, null,
            """{"errors":[{"message":"The mutation operation is not supported by the schema.","locations":[{"line":1,"column":1}]}]}""" },
        { """{ __type(name: "Color") { name kind enumValues { name } } }""", null, null,
            """{"data":{"__type":{"name":"Color","kind":"ENUM","enumValues":[{"name":"RED"},{"name":"GREEN"},{"name":"BLUE"}]}}}""" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Response_Matches_GraphQLJs(string query, string? variables, string? operationName, string expected)
    {
        var actual = await Run(Schema, query, Data(RootJson), variables is null ? null : Vars(variables), operationName);
        Assert.Equal(expected, actual);
    }
}
