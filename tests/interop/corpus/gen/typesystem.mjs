// Type system (spec 3), introspection (spec 4) and printing (graphql-js print) cases.
import { ZOO, VALUES, TASKS } from './schemas.mjs';

const KITCHEN = `
"""
A schema with every kind of type.
  Indented line.
"""
schema @tag(name: "root") { query: Root mutation: Change subscription: Feed }
directive @tag(name: String! = "none") repeatable on SCHEMA | OBJECT | FIELD_DEFINITION | ENUM_VALUE | ARGUMENT_DEFINITION
"Marks experiments."
directive @experimental(
  "Why it is experimental."
  reason: String @deprecated(reason: "say nothing")
) on FIELD_DEFINITION | INPUT_FIELD_DEFINITION | FIELD | QUERY
"An ISO-8601 date."
scalar Date @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")
scalar Opaque
"""Things with ids."""
interface Identified { "The id." id: ID! }
interface Titled implements Identified { id: ID! title(locale: String = "en"): String }
type Root @tag(name: "q") {
  "Look one up."
  item(id: ID!, "include drafts" drafts: Boolean = false @deprecated(reason: "always on")): Item
  items(order: Order = ASC, page: Page = {size: 10, after: null}): [Item!]!
  old: String @deprecated
  older: String @deprecated(reason: "Use \`item\`.")
  date: Date
  opaque: Opaque
  search(term: Term!): [Result]
}
type Change { touch(id: ID!): Item }
type Feed { items: Item }
"An item."
type Item implements Identified & Titled { id: ID! title(locale: String = "en"): String created: Date tags: [[String!]]! }
type Folder implements Identified { id: ID! children: [Result!] }
union Result = Item | Folder
enum Order { "Ascending" ASC DESC @deprecated(reason: "Sort client-side") RANDOM @tag(name: "r") @tag(name: "s") }
input Page { size: Int! = 10 after: String old: Int @deprecated(reason: "unused") nested: [Page!] }
"Either a word or an id."
input Term @oneOf { word: String id: ID }
`;

const MINIMAL = 'type Query { hello: String }';
const DESCRIBED = '"""The schema description."""\nschema { query: Query }\n"""Hi"""\ntype Query { "Greeting" hello("who" name: String = "world"): String }';

const introspectionQueries = [
  '{ __schema { queryType { name } mutationType { name } subscriptionType { name } } }',
  '{ __schema { description types { kind name } } }',
  '{ __schema { directives { name isRepeatable locations args { name type { kind name ofType { name } } defaultValue } } } }',
  '{ __type(name: "Item") { kind name description fields { name args { name defaultValue } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } interfaces { name } } }',
  '{ __type(name: "Root") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }',
  '{ __type(name: "Root") { fields { name } } }',
  '{ __type(name: "Root") { fields(includeDeprecated: false) { name args(includeDeprecated: true) { name isDeprecated deprecationReason } } } }',
  '{ __type(name: "Order") { enumValues { name } all: enumValues(includeDeprecated: true) { name isDeprecated deprecationReason description } } }',
  '{ __type(name: "Page") { inputFields { name } all: inputFields(includeDeprecated: true) { name defaultValue isDeprecated } isOneOf } }',
  '{ __type(name: "Term") { kind isOneOf inputFields { name type { name } } description } }',
  '{ __type(name: "Result") { kind possibleTypes { name } fields { name } } }',
  '{ __type(name: "Identified") { kind possibleTypes { name } interfaces { name } } }',
  '{ __type(name: "Titled") { interfaces { name } possibleTypes { name } } }',
  '{ __type(name: "Date") { kind specifiedByURL description fields { name } } }',
  '{ __type(name: "Nope") { name } }',
  '{ __type(name: "__Type") { name kind fields { name } } }',
  '{ __type(name: "__TypeKind") { enumValues { name } } }',
  '{ __type(name: "__DirectiveLocation") { enumValues { name } } }',
  '{ __type(name: "String") { kind name description specifiedByURL } }',
  '{ __type(name: "Root") { __typename name fields { __typename name } } __typename }',
  '{ __schema { types { name } } }',
  '{ a: __type(name: "Item") { name } b: __type(name: "Folder") { name } }',
  'query Q($n: String!) { __type(name: $n) { name kind } }',
  '{ __schema { directives { name description args { name description type { name kind } } } } }',
];

const schemaErrors = [
  // SDL validation (graphql-js buildSchema)
  'type Query { a: Int } type Query { b: Int }',
  'type Query { a: Unknown }',
  'type Query { a: Int } scalar Int2 scalar Int2',
  'type Query { a: Int } enum E { A A }',
  'type Query { a: Int a: String }',
  'type Query { a(x: Int, x: Int): Int }',
  'type Query { a: Int } input I { f: Int f: Int }',
  'type Query { a: Int } directive @d on FIELD directive @d on FIELD',
  'type Query { a: Int } schema { query: Query } schema { query: Query }',
  'schema { query: Query query: Query } type Query { a: Int }',
  'type Query { a: Int } extend type Missing { b: Int }',
  'type Query { a: Int } scalar S extend type S { b: Int }',
  'type Query { a: Int @unknown }',
  'type Query { a: Int @deprecated @deprecated }',
  'type Query { a(x: Int @specifiedBy(url: "u")): Int }',
  'type Query { a: Int } directive @skip on FIELD',
  'type Query { a: Int } scalar String',
  'type Query implements Missing { a: Int }',
  'union U = Missing type Query { u: U }',
  // schema validation (graphql-js validateSchema)
  'type Mutation { a: Int }',
  'schema { query: Query } type Query { a: Int } type Other { b: Int } schema2: Int',
  'schema { query: String }',
  'schema { query: Q mutation: Q } type Q { a: Int }',
  'type Query { a: Int } type Empty',
  'type Query { a: Int } interface I',
  'type Query { a: Int } union U',
  'type Query { a: Int } enum E',
  'type Query { a: Int } input In',
  'type Query { __bad: Int }',
  'type Query { a: Int } type __Reserved { a: Int }',
  'type Query { a(__x: Int): Int }',
  'type Query { a: In } input In { b: Int }',
  'type Query { a(x: Query): Int }',
  'type Query { a: Int } input In { b: Query }',
  'interface I { a: Int } type Query implements I { b: Int }',
  'interface I { a: Int } type Query implements I { a: String }',
  'interface I { a(x: Int): Int } type Query implements I { a: Int }',
  'interface I { a: Int } type Query implements I { a(y: Int!): Int }',
  'interface I { a: Int } type Query implements I { a: Int! }',
  'interface I { a: Int! } type Query implements I { a: Int }',
  'interface I { a(x: Int): Int } type Query implements I { a(x: String): Int }',
  'interface I implements J { a: Int } interface J { a: Int } type Query implements I { a: Int }',
  'interface I implements I { a: Int } type Query { i: I }',
  'interface I implements J { a: Int } interface J implements I { a: Int } type Query { i: I }',
  'type Query implements Query2 { a: Int } type Query2 { a: Int }',
  'type Query { u: U } union U = Query | String',
  'type Query { u: U } union U = Query | Query',
  'type Query { a: Int } input A { b: B! } input B { a: A! }',
  'type Query { a: Int } input A { a: A! }',
  'type Query { a: Int } input A { a: A }',
  'type Query { a: Int } input A { a: [A!]! }',
  'type Query { a: Int } input O @oneOf { a: Int! b: String }',
  'type Query { a: Int } input O @oneOf { a: Int = 1 b: String }',
  'type Query { a: Int } input O @oneOf { o: O }',
  'type Query { a(x: Int! @deprecated): Int }',
  'type Query { a: Int } input I { f: Int! @deprecated }',
  'type Query { a: Int } directive @d(__x: Int) on FIELD',
  'type Query { a: Int } directive @__d on FIELD',
  'type Query { a: Int } directive @d(x: Int, x: Int) on FIELD',
  'type Query { a: Int } directive @d(x: Query) on FIELD',
  'type Query { a: Int } enum E { true }',
];

const printCases = [
  'query Q($a:Int=1,$b:[String!]!){a(x:$a)@skip(if:false){b c:d(e:{f:[1,2,{g:"h"}]})}...F ...on T{i}}fragment F on T{j}',
  '{a(x:"""multi\nline\n""")}',
  '{a(x:"""  leading space""")}',
  '{a(x:"""raw \\n backslash""")}',
  '{a(x:"""contains "quote" here""")}',
  '{a(x:"with \\"escapes\\" \\n and \\u0041")}',
  '{a(x:"control \\u0001 char")}',
  '{a(x:"""\\u0041 not escaped in block""")}',
  'query   Q  (  $v : Int  =  3 ) { a }',
  '{ a(long: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", longer: "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", longest: "ccccccc") }',
  'query Q($a: Int, $b: Int, $c: Int, $d: Int, $e: Int, $f: Int, $g: Int, $h: Int, $i: Int, $j: Int, $k: Int) { a }',
  'type T{a(x:Int=1 y:String="s"):Int b:[T!]!@deprecated(reason:"x")}',
  'type T { a(\n"described" x: Int, y: Int): Int }',
  '"""\n  Indented\n    More\n"""\ntype T { a: Int }',
  '"single line description" scalar S',
  '"""has ""\\" inside""" scalar S',
  '"""line one\nline two""" enum E { """desc""" A "d" B }',
  'interface I implements A&B{a:Int}',
  'union U=|A|B',
  'union U @d = A | B',
  'input I @oneOf{a:Int b:String}',
  'directive @d("arg" a: Int) repeatable on FIELD|QUERY',
  'extend schema @a @b { query: Q }',
  'schema @d { query: Q }',
  'type Query { a: Int }\n\n\n\ntype Other { b: Int }',
  '{ a { b { c } } } fragment F on T @d { x } query Q @d { y }',
  '{ a(x: {}, y: [], z: [[]], w: {a: {}}) }',
  '{ a(x: -0, y: 1.23e-4, z: 6.0221E23) }',
  '"desc" query Q("v desc" $v: Int) { a }',
  '"""block\ndesc""" fragment F on T { a }',
  '{ a(x: "\\u{1F600} and \\uD83D\\uDE00") }',
  '{ a(x: "tab\\there") b(y: "\u00e9") }',
  SCHEMA_TEXT(),
];

function SCHEMA_TEXT() {
  return 'schema { query: Root }\n' + KITCHEN.split('\n').filter((l) => !l.startsWith('schema')).join('\n');
}

export default function typeSystem(add) {
  for (const schema of [MINIMAL, DESCRIBED, ZOO, VALUES, TASKS, KITCHEN]) {
    add('introspection.jsonl', 'introspection.full', { schema, query: '<INTROSPECTION>' });
  }
  for (const query of introspectionQueries) {
    add('introspection.jsonl', 'introspection.kitchen', { schema: KITCHEN, query, variables: { n: 'Page' } });
  }
  for (const query of ['{ __schema { types { name kind } } }', '{ __type(name: "Pick") { isOneOf inputFields { name } } }', '{ cat { __typename } __typename }']) {
    add('introspection.jsonl', 'introspection.zoo', { schema: ZOO, query, root: { cat: {} } });
  }
  add('introspection.jsonl', 'introspection.zoo', { schema: ZOO, query: '{ __type { name } }', root: {} });
  add('introspection.jsonl', 'introspection.zoo', { schema: ZOO, query: '{ __schema }', root: {} });
  add('introspection.jsonl', 'introspection.zoo', { schema: ZOO, query: 'mutation { __typename }', root: {} });
  add('introspection.jsonl', 'introspection.zoo', { schema: ZOO, query: 'mutation { __schema { queryType { name } } }', root: {} });

  for (const schema of schemaErrors) add('schema-errors.jsonl', 'schemaErrors', { schema, query: '{ __typename }' });
  for (const print of printCases) add('print.jsonl', 'print', { print });
  for (const sdl of [ZOO, VALUES, TASKS, KITCHEN, DESCRIBED]) add('print.jsonl', 'print.sdl', { print: sdl });
}
