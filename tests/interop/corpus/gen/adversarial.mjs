// Mixed corner cases across coercion, abstract types, null propagation, @oneOf, merging and errors, all against one
// schema with interfaces implementing interfaces, a union, nested input objects and nested lists.
export default function adversarial(add) {
  const S1 = `
  interface Node { id: ID! }
  interface Named implements Node { id: ID! name: String }
  type User implements Node & Named { id: ID! name: String friends(first: Int = 2, after: String): [User!] best: User pets: [Pet] }
  type Dog implements Node & Named { id: ID! name: String barks: Boolean! owner: User }
  type Cat implements Node & Named { id: ID! name: String meows: Boolean }
  union Pet = Dog | Cat
  enum Color { RED GREEN BLUE }
  input Filter { color: Color = RED, ids: [ID!], nested: Filter, limit: Int! = 10 }
  input One @oneOf { a: Int b: String c: Filter }
  type Query {
    node(id: ID!): Node
    nodes: [Node]
    me: User
    echo(f: Filter, o: One, c: [Color!], x: [[Int]]): String
    args(f: Filter, o: One, c: [Color!], x: [[Int]], s: String = "d", i: Int, fl: Float): Args
    pets: [Pet!]!
    str: String
    list: [[Int!]]!
  }
  type Args { f: Args2 o: Args2 c: [Color] x: [[Int]] s: String i: Int fl: Float }
  type Args2 { color: Color ids: [ID] nested: Args2 limit: Int a: Int b: String c: Args2 }
  type Mutation { a: Int b: Int }
  `;
  const root = {
    me: { __typename: 'User', id: 1, name: 'me', friends: [{ id: 'u2', name: null }, { id: 'u3', name: 'x', best: { __throw: 'boom' } }], best: null,
          pets: [{ __typename: 'Dog', id: 'd', name: 'rex', barks: null }, { __typename: 'Cat', id: 'c', name: 'tom', meows: true }, null] },
    nodes: [{ __typename: 'Dog', id: 'd1', name: 'a', barks: true }, { __typename: 'Nope', id: 'x' }, { __typename: 'Cat', id: 'c1' }],
    pets: [{ __typename: 'Dog', id: 'd', name: 'rex', barks: true }, { __typename: 'Cat', id: 'c', name: null, meows: false }],
    args: { __args: true }, str: 'hi', list: [[1, 2], null, [3, null]],
  };
  const q = (query, extra = {}) => add('adversarial.jsonl', 'adversarial', { schema: S1, query, root, ...extra });
  q('{ me { ...F ... on Named { name } friends { id ...F } } } fragment F on User { id name best { id } }');
  q('{ me { pets { __typename ... on Dog { barks name } ... on Node { id } } } }');
  q('{ nodes { id __typename ... on Dog { barks } } }');
  q('{ pets { ... on Cat { meows } ... on Dog { barks } } }');
  q('{ list }');
  q('query($v: Int) { args(i: $v) { i } }', { variables: { v: 1.0 } });
  q('query($v: Int) { args(i: $v) { i } }', { variables: { v: 1.5 } });
  q('query($v: Float) { args(fl: $v) { fl } }', { variables: { v: 3 } });
  q('query($v: [Color!]) { args(c: $v) { c } }', { variables: { v: 'RED' } });
  q('query($v: [Color!]) { args(c: $v) { c } }', { variables: { v: ['RED', 'PURPLE'] } });
  q('query($v: [[Int]]) { args(x: $v) { x } }', { variables: { v: 1 } });
  q('query($v: [[Int]]) { args(x: $v) { x } }', { variables: { v: [1, [2], null] } });
  q('{ args(x: [1, [2], null]) { x } }');
  q('{ args(x: 1) { x } }');
  q('query($v: Filter) { args(f: $v) { f { color ids limit nested { limit } } } }', { variables: { v: { ids: [1, 'a'], nested: {} } } });
  q('query($v: Filter) { args(f: $v) { f { color } } }', { variables: { v: { limit: null } } });
  q('query($v: Filter) { args(f: $v) { f { color } } }', { variables: { v: { bogus: 1, limit: 'x' } } });
  q('query($v: One) { args(o: $v) { o { a b } } }', { variables: { v: { a: 1 } } });
  q('query($v: One) { args(o: $v) { o { a b } } }', { variables: { v: { a: 1, b: 'x' } } });
  q('query($v: One) { args(o: $v) { o { a b } } }', { variables: { v: { a: null } } });
  q('query($v: Int) { args(o: { a: $v }) { o { a } } }', { variables: {} });
  q('query($v: Int!) { args(o: { a: $v }) { o { a } } }', { variables: { v: 4 } });
  q('{ args(o: { a: 1, b: "x" }) { o { a } } }');
  q('{ args(o: {}) { o { a } } }');
  q('{ args(f: { limit: 3, color: GREEN, nested: { ids: "z" } }) { f { limit color nested { ids limit color } } } }');
  q('query($c: Color = BLUE) { args(c: [$c]) { c } }');
  q('query($s: String = null) { args(s: $s) { s } }');
  q('query($s: String) { args(s: $s) { s } }');
  q('query($s: String) { args(s: $s) { s } }', { variables: { s: null } });
  q('{ args(i: 2147483648) { i } }');
  q('{ args(fl: 1e400) { fl } }');
  q('{ args(s: """  block\n   text  """) { s } }');
  q('{ args(s: "\\u{1F600}\\uD83D\\uDE00") { s } }');
  q('{ a: str b: str a: me { id } }');
  q('{ me { name: id } me { name } }');
  q('{ ... on Query { str } ...Q } fragment Q on Query { str: __typename }');
  q('{ me { friends(first: 1) { id } friends(first: 2) { id } } }');
  q('query Q($a: Boolean!) { me @include(if: $a) { id } str @skip(if: $a) }', { variables: { a: true } });
  q('query Q($a: Boolean!) { me @include(if: $a) @skip(if: false) { id } }', { variables: { a: true } });
  q('{ me { best { id } friends { best { name } } } }');
  q('mutation { b a b }', { root: { a: 1, b: 2 } });
  q('subscription { str }');
  q('{ node(id: 4) { id } }', { root: { node: { __typename: 'Cat', id: 4 } } });
  q('{ node(id: 4) { id } }', { root: { node: { id: 4 } } });
  q('{ __type(name: "One") { name isOneOf inputFields { name defaultValue type { name kind } } } }');
  q('{ __type(name: "Filter") { inputFields { name defaultValue } } }');
  q('{ __schema { queryType { name } } __typename }');
  q('query { __type(name: "Query") { fields { name args { name defaultValue } } } }');
  q('{ me { ... on Dog { barks } } }');
  q('{ pets { ... on User { id } } }');
  q('{ nodes { ... on Pet { __typename } } }');
  q('query ($x: Int = "a") { str }');
  q('query ($x: One = {a: 1, b: 2}) { str }');
  q('{ echo(f: { limit: null }) }');
  q('{ echo(c: [RED, "GREEN"]) }');
  q('{ echo(c: RED) }');
  q('fragment A on User { ...B } fragment B on User { ...A } { me { ...A } }');
  q('{ me { ...on User { id } } }');
  q('query A { str } query A { str }', { operationName: 'A' });
  q('query A { str } query B { str }');
  q('query A { str } query B { str }', { operationName: 'C' });
  q('{ me { friends { name friends { name } } } }', { root: { me: { friends: 'notalist' } } });
  q('{ str }', { root: { str: { a: 1 } } });
  q('{ list }', { root: { list: [[1, 'x']] } });
  q('{ me { id } }', { root: { me: { id: true } } });
  q('{ me { id } }', { root: { me: { id: 1.5 } } });
  q('{ pets { __typename } }', { root: { pets: [{ __typename: 'User', id: 1 }] } });
}
