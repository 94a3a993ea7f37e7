// Regenerates graphql-js-cases.txt: what graphql-js 17.1.0 answers for each input (printed result and node
// locations, or the syntax error). Run: GRAPHQL_JS=/tmp/gjs/node_modules/graphql/index.mjs node graphql-js-cases.mjs
import fs from 'node:fs';
const { parse, parseValue, parseConstValue, parseType, print, visit } = await import(process.env.GRAPHQL_JS ?? 'graphql');

const documents = [
  // punctuators, names, ignored tokens
  '{ a }', '{a,b,,c}', '\ufeff{ a }', '{ a }\r\n# comment\r{ b }', '{\n\ta\r\n\tb\r\tc\n}', '{ _a_1 A9 __typename }',
  '{ a(x: [1, -1, 0, -0, 1.5, -1.5e10, 2E-3, 3e+4, 0.0]) }', '{ a(x: "simple") }', '{ a(x: "") }',
  '{ a(x: "esc \\" \\\\ \\/ \\b \\f \\n \\r \\t") }', '{ a(x: "\\u0041\\u00e9\\u{1F600}\\uD83D\\uDE00\\u{0}") }',
  '{ a(x: "é😀 raw") b }', '{ a(x: """block""") }', '{ a(x: """\n   indented\n     more\n   """) }',
  '{ a(x: """  \n\n  first\n\n  second\n  \n""") }', '{ a(x: """a \\""" b""") }', '{ a(x: """\r\n  crlf\r\n  lines\r\n""") }',
  '{ a(x: """\ttab\n\t  mixed""") }', '{ a(x: """""") }', '{ a(x: """\n\n""") }', '{ a(x: """é\n  😀""") b }',
  '{ a(x: true, y: false, z: null, e: ENUM, v: $var, l: [], o: {}) }', '{ a(o: {a: {b: [{c: 1}]}}) }',
  // operations and selections
  'query { a }', 'query Q { a }', 'mutation M { a }', 'subscription S { a }', 'query Q($a: Int, $b: [String!]! = ["x"]) { a }',
  'query Q($a: Int @dir(x: 1) @other) { a }', '"desc" query Q { a }', '"""block desc""" mutation { a }',
  'query Q("var desc" $a: Int = 1) { a }', 'query Q @a @b(x: $v) { a }', '{ alias: field(a: 1) @d { sub } }',
  '{ ...Frag @d }', '{ ... on T { a } }', '{ ... @include(if: true) { a } }', '{ ... { a } }', '{ ...on }',
  'fragment F on T { a }', '"desc" fragment F on T @d { a }', '{ a } fragment F on T { ...G }',
  '{ query mutation subscription fragment on true false null }', '{ a(on: on, true: true, null: null) }',
  '{ a(x: {true: 1, on: 2}) }', '{ a }\n\n\nquery B { b }',
  // type system
  'schema { query: Q }', '"d" schema @a { query: Q mutation: M subscription: S }', 'scalar S', 'scalar S @a(b: 1)',
  'type T', 'type T { a: Int }', 'type T implements A { a: Int }', 'type T implements & A & B { a: Int }',
  'type T implements A & B @d', 'type T { a(x: Int = 1 @d, "y desc" y: [Int]): [T!]! @d }',
  'interface I', 'interface I implements J & K { a: Int }', 'union U', 'union U = A', 'union U = | A | B',
  'union U @d = A | B', 'enum E', 'enum E { A B @d "desc" C }', 'input I', 'input I { a: Int = 1 @d, b: I! }',
  'directive @d on FIELD', 'directive @d(a: Int = 1) repeatable on | FIELD | QUERY', '"desc" directive @d on SCHEMA',
  'directive @d on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION',
  'directive @d on SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION',
  'extend schema @a', 'extend schema { query: Q }', 'extend schema @a { query: Q }', 'extend scalar S @a',
  'extend type T { a: Int }', 'extend type T @a', 'extend type T implements A', 'extend interface I { a: Int }',
  'extend interface I @a', 'extend interface I implements J', 'extend union U = A', 'extend union U @a',
  'extend enum E { A }', 'extend enum E @a', 'extend input I { a: Int }', 'extend input I @a',
  'type T { a: Int } extend type T { b: Int } { c }',
  // errors: lexer
  '{ a(x: 00) }', '{ a(x: 01) }', '{ a(x: 1.) }', '{ a(x: 1.e1) }', '{ a(x: 1e) }', '{ a(x: 1e+) }', '{ a(x: 0x1) }',
  '{ a(x: 123abc) }', '{ a(x: 1.2.3) }', '{ a(x: 1_000) }', '{ a(x: -) }', '{ a(x: -a) }', '{ a(x: .5) }', '{ a(x: ..5) }',
  '{ a(x: 1e1.5) }', '{ a(x: 1.5e) }', '{ a(x: 12.) }', '{ a(x: -0x) }',
  '{ a(x: "unterminated) }', '{ a(x: "line\nbreak") }', '{ a(x: "\\x") }', '{ a(x: "\\u12") }', '{ a(x: "\\u12G4") }',
  '{ a(x: "\\uD83D") }', '{ a(x: "\\uDE00") }', '{ a(x: "\\uD83Dx") }', '{ a(x: "\\uD83D\\u0041") }', '{ a(x: "\\u{}") }',
  '{ a(x: "\\u{110000}") }', '{ a(x: "\\u{D800}") }', '{ a(x: "\\u{1F600") }', '{ a(x: "\\u{123456789}") }',
  '{ a(x: "\\u{FFFFFFFF}") }', '{ a(x: """unterminated) }', '{ a(x: """\n\n  é😀 unterminated',
  '{ a ? }', '{ a ~ }', "{ a(x: 'single') }", '{ a € }', '{ a 😀 }', '{ a \u0000 }', '{ a \u007f }', '{ a \u00a0 }',
  '{ a .. }', '{ a . }', '{\n  a(x: "é😀") %\n}', '# é😀 comment\n  ^', '\ufeff\ufeff ^', '{ a(x: "é") ^ }',
  '{ a(x: """é\n  😀 """) ^ }',
  // errors: parser
  '', '   ', '# only a comment', '{', '}', '{ a', '{ a(', '{ a() }', '{ a(x) }', '{ a(x:) }', '{ a(x: 1 }',
  '{ a: }', '{ a: b: c }', '{ ... }', '{ ...on on }', '{ ... on { a } }', '{ a @ }', '{ a @d( }', '{ a { } }', '{}',
  'query', 'query Q', 'query Q(', 'query Q() { a }', 'query Q($) { a }', 'query Q($a) { a }', 'query Q($a:) { a }',
  'query Q($a: Int =) { a }', 'query Q($a: Int = $b) { a }', 'query Q($a: Int = [$b]) { a }',
  'query Q($a: Int = {x: $b}) { a }', 'query Q($a: Int @d(x: $b)) { a }', 'query Q($a: [Int) { a }',
  'query Q($a: Int!!) { a }', 'query Q($a: !) { a }', 'notAnOperation { a }', 'fragment on on T { a }',
  'fragment F { a }', 'fragment F on { a }', 'fragment F on T', '"desc" { a }', '"desc" extend type T @a',
  '"desc" notakeyword', '"desc"', 'extend', 'extend foo', 'extend "x"', 'extend schema', 'extend scalar S',
  'extend type T', 'extend interface I', 'extend union U', 'extend enum E', 'extend input I', 'extend type T {}',
  'schema', 'schema {}', 'schema { query }', 'schema { foo: Q }', 'scalar', 'type', 'type T {}', 'type T { a }',
  'type T { a: }', 'type T implements', 'type T implements & { a: Int }', 'type T implements A, B { a: Int }',
  'type T { a(): Int }', 'type T { a(x): Int }', 'union U =', 'union U = |', 'union U = A |', 'enum E {}',
  'enum E { true }', 'enum E { false }', 'enum E { null }', 'enum E { A: Int }', 'input I { a }', 'input I { a: Int = $v }',
  'directive', 'directive d on FIELD', 'directive @d', 'directive @d on', 'directive @d on FOO',
  'directive @d on FIELD |', 'directive @d on field', 'directive @d repeatable', 'directive @d() on FIELD',
  'type T @d($v: 1)', 'type T { a: Int @d(x: $v) }', '{ a } garbage', '{ a } }', 'query Q { a } (',
];
const values = ['1', '-1.5e3', '"s"', '"""b"""', 'ENUM', 'true', 'null', '$v', '[1, $v]', '{a: {b: $v}}', '[]', '{}',
  '', '[', '{a}', '1 2', '$', '"\\u{1F600}"', '[[[[1]]]]', '{ a: 1, b: [2, 3], c: { d: "e" } }'];
const constValues = ['1', '$v', '[1, $v]', '{a: {b: $v}}', '$', '[1, 2]'];
const types = ['Int', 'Int!', '[Int]', '[Int!]!', '[[Int]!]', '', 'Int!!', '[Int', '!', 'Int Int', '[]', '1'];

function locations(node) {
  const result = [];
  visit(node, {
    enter(n) {
      if (n.kind !== 'Document') result.push(`${n.kind} ${n.loc.startToken.line}:${n.loc.startToken.column} ${n.loc.start}-${n.loc.end}`);
    },
  });
  return result;
}

const lines = [];
function run(goal, source, fn) {
  lines.push(JSON.stringify({ goal, source }));
  try {
    const node = fn(source);
    lines.push(JSON.stringify({ print: print(node) }));
    // Offsets are UTF-16 units in graphql-js and bytes here: compare locations for ASCII sources only.
    lines.push(JSON.stringify(/^[\x00-\x7f]*$/.test(source) ? locations(node) : null));
  } catch (e) {
    if (!e.locations) throw e;
    lines.push(JSON.stringify({ error: e.message, line: e.locations[0].line, column: e.locations[0].column }));
    lines.push('null');
  }
}

for (const s of documents) run('document', s, (x) => parse(x, { allowEmptySelectionSets: false }));
for (const s of values) run('value', s, (x) => parseValue(x));
for (const s of constValues) run('const', s, (x) => parseConstValue(x));
for (const s of types) run('type', s, (x) => parseType(x));
fs.writeFileSync(new URL('./graphql-js-cases.txt', import.meta.url), lines.join('\n') + '\n');
console.log(`${lines.length / 3} cases`);
