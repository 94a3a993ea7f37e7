// The subgraph sets of the differential suite: hand-written cases per rule family, then generated matrices
// (field types, argument types and defaults, enum usage, descriptions). Each case: { name, subgraphs: { name: sdl } }.
const link = (minor, imports) => `extend schema @link(url: "https://specs.apollo.dev/federation/v2.${minor}", import: ${JSON.stringify(imports)})\n`;
const fed = (sdl, imports = ['@key', '@shareable', '@external', '@requires', '@provides'], minor = 3) => link(minor, imports) + sdl;

export const cases = [];
const add = (name, subgraphs) => cases.push({ name, subgraphs });

// --- merging basics -----------------------------------------------------------------------------------------
add('single subgraph', { a: fed('type Query { hello: String }') });
add('two disjoint subgraphs', { a: fed('type Query { a: Int }'), b: fed('type Query { b: Int }') });
add('entity across two', {
  a: fed('type Query { me: User } type User @key(fields: "id") { id: ID! name: String }'),
  b: fed('type User @key(fields: "id") { id: ID! age: Int }'),
});
add('entity with composite key', {
  a: fed('type Query { p: P } type P @key(fields: "id org { id }") { id: ID! org: Org! } type Org { id: ID! }'),
  b: fed('type P @key(fields: "id org { id }") { id: ID! org: Org! x: Int } type Org @shareable { id: ID! }'),
});
add('multiple keys', {
  a: fed('type Query { u: U } type U @key(fields: "id") @key(fields: "email") { id: ID! email: String! }'),
  b: fed('type U @key(fields: "email") { email: String! n: Int }'),
});
add('non resolvable key', {
  a: fed('type Query { r: Review } type Review { id: ID! author: User } type User @key(fields: "id", resolvable: false) { id: ID! }'),
  b: fed('type Query { u: User } type User @key(fields: "id") { id: ID! name: String }'),
});
add('extend type entity', {
  a: fed('type Query { u: User } type User @key(fields: "id") { id: ID! }'),
  b: fed('extend type User @key(fields: "id") { id: ID! @external n: Int }'),
});
add('renamed query root', {
  a: fed('schema { query: Root } type Root { a: Int }'),
  b: fed('type Query { b: Int }'),
});
add('mutation and subscription', {
  a: fed('type Query { a: Int } type Mutation { m: Int }'),
  b: fed('type Query { b: Int } type Subscription { s: Int }'),
});
add('shareable value type', {
  a: fed('type Query { a: Money } type Money @shareable { amount: Int currency: String }'),
  b: fed('type Query { b: Money } type Money @shareable { amount: Int currency: String }'),
});
add('shareable field', {
  a: fed('type Query { a: T } type T @key(fields: "id") { id: ID! n: String @shareable }'),
  b: fed('type T @key(fields: "id") { id: ID! n: String @shareable }'),
});
add('interface merge', {
  a: fed('type Query { n: Node } interface Node { id: ID! } type A implements Node { id: ID! a: Int }'),
  b: fed('interface Node { id: ID! } type B implements Node { id: ID! b: Int } type Query { b: B }'),
});
add('union merge', {
  a: fed('type Query { s: S } union S = A | B type A { a: Int } type B { b: Int }'),
  b: fed('type Query { t: S } union S = A | C type A @shareable { a: Int } type C { c: Int }', ['@key', '@shareable']),
});
add('enum output union', {
  a: fed('type Query { e: E } enum E { A B }'),
  b: fed('type Query { f: E } enum E { B C }'),
});
add('enum input intersection', {
  a: fed('type Query { e(x: E): Int } enum E { A B }'),
  b: fed('type Query { f(x: E): Int } enum E { B C }'),
});
add('enum both consistent', {
  a: fed('type Query { e(x: E): E } enum E { A B }'),
  b: fed('type Query { f: E } enum E { A B }'),
});
add('input object intersection', {
  a: fed('type Query { a(i: I): Int } input I { x: Int y: Int }'),
  b: fed('type Query { b(i: I): Int } input I { x: Int }'),
});
add('scalar in two', { a: fed('type Query { a: D } scalar D'), b: fed('type Query { b: D } scalar D') });
add('descriptions same', {
  a: fed('"The query" type Query { "field a" a: Int }'),
  b: fed('"The query" type Query { b: Int }'),
});
add('deprecated field', { a: fed('type Query { a: Int @deprecated(reason: "use b") b: Int @deprecated }') });
add('requires and external', {
  a: fed('type Query { p: P } type P @key(fields: "id") { id: ID! w: Int }'),
  b: fed('type P @key(fields: "id") { id: ID! w: Int @external s: Int @requires(fields: "w") }'),
});
add('provides', {
  a: fed('type Query { r: R } type R @key(fields: "id") { id: ID! u: U @provides(fields: "n") } type U @key(fields: "id") { id: ID! n: String @external }'),
  b: fed('type U @key(fields: "id") { id: ID! n: String @shareable }'),
});
add('override', {
  a: fed('type Query { t: T } type T @key(fields: "id") { id: ID! x: Int }'),
  b: fed('type T @key(fields: "id") { id: ID! x: Int @override(from: "a") }', ['@key', '@override']),
});
add('override of key field usedOverridden', {
  a: fed('type Query { t: T } type T @key(fields: "id") { id: ID! }'),
  b: fed('type T @key(fields: "id") { id: ID! @override(from: "a") y: Int }', ['@key', '@override']),
});
add('progressive override label', {
  a: fed('type Query { t: T } type T @key(fields: "id") { id: ID! x: Int }', ['@key'], 7),
  b: fed('type T @key(fields: "id") { id: ID! x: Int @override(from: "a", label: "percent(20)") }', ['@key', '@override'], 7),
});
add('tag and inaccessible', {
  a: fed('type Query { a: Int @tag(name: "public") b: Int @inaccessible c: Int }', ['@tag', '@inaccessible']),
  b: fed('type Query { d: Int @tag(name: "x") }', ['@tag']),
});
add('namespaced directives', {
  a: link(3, []) + 'type Query { t: T } type T @federation__key(fields: "id") { id: ID! n: Int @federation__shareable }',
  b: link(3, [{ name: '@shareable', as: '@share' }, '@key']) + 'type T @key(fields: "id") { id: ID! n: Int @share }',
});
add('fed v2.12 join v0.5', { a: fed('type Query { a: Int }', ['@key'], 12), b: fed('type Query { b: Int }', ['@key'], 8) });
add('fed v2.7 join v0.4', { a: fed('type Query { a: Int }', ['@key'], 7) });
add('authenticated', { a: fed('type Query { a: Int @authenticated }', ['@authenticated'], 5) });
add('field arguments merge', {
  a: fed('type Query { t: T } type T @key(fields: "id") { id: ID! f(a: Int, b: String = "x"): Int @shareable }'),
  b: fed('type T @key(fields: "id") { id: ID! f(a: Int, b: String = "x"): Int @shareable }'),
});
add('optional argument in one', {
  a: fed('type Query { t: T } type T @key(fields: "id") { id: ID! f(a: Int, c: Int): Int @shareable }'),
  b: fed('type T @key(fields: "id") { id: ID! f(a: Int): Int @shareable }'),
});
add('implements in one subgraph only', {
  a: fed('type Query { t: T } interface I { id: ID! } type T implements I @key(fields: "id") { id: ID! }'),
  b: fed('type T @key(fields: "id") { id: ID! x: Int }'),
});
add('subgraph name with dash', { 'my-sub': fed('type Query { a: Int }'), '2nd': fed('type Query { b: Int }') });

// --- errors -------------------------------------------------------------------------------------------------
add('err invalid field sharing', { a: fed('type Query { a: Int }'), b: fed('type Query { a: Int }') });
add('err sharing one side', {
  a: fed('type Query { t: T } type T @key(fields: "id") { id: ID! n: String @shareable }'),
  b: fed('type T @key(fields: "id") { id: ID! n: String }'),
});
add('err type kind mismatch', { a: fed('type Query { a: T } type T { x: Int }'), b: fed('type Query { b: T } interface T { x: Int }') });
add('err field type mismatch', {
  a: fed('type Query { t: T } type T @key(fields: "id") { id: ID! n: Int @shareable }'),
  b: fed('type T @key(fields: "id") { id: ID! n: String @shareable }'),
});
add('err key unknown field', { a: fed('type Query { t: T } type T @key(fields: "nope") { id: ID! }') });
add('err key syntax', { a: fed('type Query { t: T } type T @key(fields: "id {") { id: ID! }') });
add('err key with args', { a: fed('type Query { t: T } type T @key(fields: "id") { id(x: Int): ID! }') });
add('err key selects interface', { a: fed('type Query { t: T } interface I { x: Int } type T @key(fields: "i { x }") { i: I }') });
add('err requires not external', {
  a: fed('type Query { p: P } type P @key(fields: "id") { id: ID! w: Int s: Int @requires(fields: "w") }'),
});
add('err requires unknown', { a: fed('type Query { p: P } type P @key(fields: "id") { id: ID! s: Int @requires(fields: "zz") }') });
add('err provides on scalar field', { a: fed('type Query { p: Int @provides(fields: "x") }') });
add('err provides not external', {
  a: fed('type Query { r: R } type R { u: U @provides(fields: "n") } type U @key(fields: "id") { id: ID! n: String }'),
});
add('err external unused', { a: fed('type Query { p: P } type P @key(fields: "id") { id: ID! w: Int @external }') });
add('err external everywhere', {
  a: fed('type Query { p: P } type P @key(fields: "id") { id: ID! w: Int @external s: Int @requires(fields: "w") }'),
});
add('err required arg missing', {
  a: fed('type Query { t: T } type T @key(fields: "id") { id: ID! f(a: Int!): Int @shareable }'),
  b: fed('type T @key(fields: "id") { id: ID! f: Int @shareable }'),
});
add('err arg default mismatch', {
  a: fed('type Query { t: T } type T @key(fields: "id") { id: ID! f(a: Int = 1): Int @shareable }'),
  b: fed('type T @key(fields: "id") { id: ID! f(a: Int = 2): Int @shareable }'),
});
add('err arg type mismatch', {
  a: fed('type Query { t: T } type T @key(fields: "id") { id: ID! f(a: Int): Int @shareable }'),
  b: fed('type T @key(fields: "id") { id: ID! f(a: String): Int @shareable }'),
});
add('err required input field missing', {
  a: fed('type Query { a(i: I): Int } input I { x: Int! y: Int }'),
  b: fed('type Query { b(i: I): Int } input I { y: Int }'),
});
add('err empty merged input', {
  a: fed('type Query { a(i: I): Int } input I { x: Int }'),
  b: fed('type Query { b(i: I): Int } input I { y: Int }'),
});
add('err enum mismatch both', {
  a: fed('type Query { e(x: E): E } enum E { A B }'),
  b: fed('type Query { f: E } enum E { A }'),
});
add('err empty merged enum', {
  a: fed('type Query { e(x: E): Int } enum E { A }'),
  b: fed('type Query { f(x: E): Int } enum E { B }'),
});
add('err unknown federation version', { a: link(99, ['@key']) + 'type Query { a: Int }' });
add('err unknown import', { a: link(0, ['@interfaceObject']) + 'type Query { a: Int }' });
add('err malformed sdl', { a: fed('type Query { a: Int ') });
add('err override from self', { a: fed('type Query { t: T } type T @key(fields: "id") { id: ID! x: Int @override(from: "a") }', ['@key', '@override']) });

// --- generated: output field type compatibility --------------------------------------------------------------
const outputTypes = ['Int', 'Int!', '[Int]', '[Int!]', '[Int]!', '[Int!]!', 'String'];
for (const x of outputTypes) {
  for (const y of outputTypes) {
    add(`field type ${x} vs ${y}`, {
      a: fed(`type Query { t: T } type T @key(fields: "id") { id: ID! f: ${x} @shareable }`),
      b: fed(`type T @key(fields: "id") { id: ID! f: ${y} @shareable }`),
    });
  }
}
// --- generated: abstract subtypes -----------------------------------------------------------------------------
for (const [x, y] of [['I', 'A'], ['A', 'I'], ['U', 'A'], ['A', 'U'], ['I', 'I!'], ['[A]', '[I]']]) {
  add(`abstract type ${x} vs ${y}`, {
    a: fed(`type Query { t: T } type T @key(fields: "id") { id: ID! f: ${x} @shareable } interface I { x: Int } type A implements I @shareable { x: Int } union U = A`),
    b: fed(`type T @key(fields: "id") { id: ID! f: ${y} @shareable } interface I { x: Int } type A implements I @shareable { x: Int } union U = A`),
  });
}
// --- generated: argument types and defaults -------------------------------------------------------------------
const argTypes = ['Int', 'Int!', '[Int]', 'String', 'Int = 1', 'Int = 2', 'Int! = 1'];
for (const x of argTypes) {
  for (const y of argTypes) {
    add(`argument ${x} vs ${y}`, {
      a: fed(`type Query { t: T } type T @key(fields: "id") { id: ID! f(a: ${x}): Int @shareable }`),
      b: fed(`type T @key(fields: "id") { id: ID! f(a: ${y}): Int @shareable }`),
    });
  }
}
// --- generated: enum usage x value sets -----------------------------------------------------------------------
const usages = {
  output: (n) => `f${n}: E`,
  input: (n) => `g${n}(x: E): Int`,
  both: (n) => `h${n}(x: E): E`,
  none: (n) => `k${n}: Int`,
};
const valueSets = [['A B', 'A B'], ['A B', 'B C'], ['A', 'A B'], ['A', 'B']];
for (const [usage, field] of Object.entries(usages)) {
  for (const [x, y] of valueSets) {
    add(`enum ${usage} {${x}} vs {${y}}`, {
      a: fed(`type Query { ${field(1)} } enum E { ${x} }`),
      b: fed(`type Query { ${field(2)} } enum E { ${y} }`),
    });
  }
}
// --- generated: input field presence and types ----------------------------------------------------------------
const inputFields = ['x: Int', 'x: Int!', 'x: Int = 3', 'x: String', ''];
for (const x of inputFields) {
  for (const y of inputFields) {
    add(`input {${x}} vs {${y}}`, {
      a: fed(`type Query { a(i: I): Int } input I { k: ID ${x} }`),
      b: fed(`type Query { b(i: I): Int } input I { k: ID ${y} }`),
    });
  }
}
// --- generated: descriptions ----------------------------------------------------------------------------------
const descriptions = ['', '"one"', '"two"', '"""\nmulti\nline\n"""'];
for (const x of descriptions) {
  for (const y of descriptions) {
    add(`description ${JSON.stringify(x)} vs ${JSON.stringify(y)}`, {
      a: fed(`type Query { t: T } ${x} type T @key(fields: "id") { id: ID! ${x} n: Int @shareable }`),
      b: fed(`type T @key(fields: "id") { id: ID! n: Int @shareable }`),
      c: fed(`${y} type T @key(fields: "id") { id: ID! ${y} n: Int @shareable }`),
    });
  }
}
// --- generated: sharing matrix ----------------------------------------------------------------------------------
const marks = ['', '@shareable', '@external'];
for (const x of marks) {
  for (const y of marks) {
    add(`sharing ${x || 'plain'} vs ${y || 'plain'} (non-key field)`, {
      a: fed(`type Query { t: T } type T @key(fields: "id") { id: ID! n: Int ${x} }`),
      b: fed(`type T @key(fields: "id") { id: ID! n: Int ${y} }`),
    });
  }
}
