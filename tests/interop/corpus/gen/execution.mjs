// Execution (spec 6), coercion (spec 3.5, 3.10, 6.1.2, 6.4.1) and responses (spec 7) as live cases.
import { ZOO, VALUES, TASKS } from './schemas.mjs';

const ARGS = { __args: true };

const cat = { __typename: 'Cat', id: 'c1', name: 'Tom', legs: 4, purrs: true, mood: 'GRUMPY', lives: 9, friends: [], keeper: null };
const dog = { __typename: 'Dog', id: 'd1', name: 'Rex', legs: 4, barks: true, size: 'LARGE', tricks: ['sit', 'roll'], knows: true, keeper: null };
const keeper = { __typename: 'Keeper', id: 'k1', name: 'Ada', age: 36, pets: [cat, dog], favourite: dog };
cat.friends = [dog, { ...cat, name: 'Kit', friends: null }];
const zooRoot = { cat, dog, keeper, pets: [cat, dog, null], creatures: [dog, cat], anything: [keeper, cat, dog], node: cat, pick: keeper, echo: ARGS, needs: ARGS, lists: ARGS };

// Input coercion: literal arguments (coerced by the executor, observed through {"__args": true}).
const literalCoercion = [
  '{ echo(int: 1) }', '{ echo(int: -2147483648) }', '{ echo(int: 2147483647) }', '{ echo(float: 1) }', '{ echo(float: -0.5e2) }',
  '{ echo(float: 1.0) }', '{ echo(string: "é\\u00e9\\u{1F600}") }', '{ echo(string: """  block\n   text  """) }', '{ echo(bool: false) }',
  '{ echo(id: 123) }', '{ echo(id: "abc") }', '{ echo(id: -7) }', '{ echo(size: MEDIUM) }', '{ echo(list: 5) }', '{ echo(list: [1, null, 3]) }',
  '{ echo(list: null) }', '{ echo(nested: [[1], null, [2, null]]) }', '{ echo(nested: 1) }', '{ echo(nested: [1, 2]) }',
  '{ echo(filter: {}) }', '{ echo(filter: {name: "a"}) }', '{ echo(filter: {minLegs: null}) }', '{ echo(filter: {tags: "one"}) }',
  '{ echo(filter: {nested: {nested: {size: SMALL, tags: []}}}) }', '{ echo(filter: {size: LARGE, name: null, nested: null}) }',
  '{ echo(required: {a: 1}) }', '{ echo(required: {c: 3, a: 1, b: "z"}) }', '{ echo(required: {a: 1, c: null}) }',
  '{ echo(pick: {byId: 5}) }', '{ echo(pick: {byName: "n"}) }', '{ echo(json: {x: [1, 2.5, "s", true, null, ENUMISH], y: {z: {}}}) }',
  '{ echo(json: "text") }', '{ echo(json: 42) }', '{ echo(json: null) }', '{ echo }', '{ echo(int: null, string: null) }',
  '{ needs(x: 1) }', '{ needs(x: 1, y: "given", z: SMALL) }', '{ lists(nn: 1, outer: 2) }', '{ lists(nn: [], inner: null, outer: [null]) }',
];

// Input coercion through variables: [variable definitions, arguments, variables].
const variableCoercion = [
  ['$v: Int', 'int: $v', { v: 7 }],
  ['$v: Int', 'int: $v', { v: 2147483648 }],
  ['$v: Int', 'int: $v', { v: -2147483649 }],
  ['$v: Int', 'int: $v', { v: 1.0 }],
  ['$v: Int', 'int: $v', { v: 1.5 }],
  ['$v: Int', 'int: $v', { v: '1' }],
  ['$v: Int', 'int: $v', { v: true }],
  ['$v: Int', 'int: $v', { v: null }],
  ['$v: Int', 'int: $v', {}],
  ['$v: Int', 'int: $v', { v: [1] }],
  ['$v: Int', 'int: $v', { v: 1e100 }],
  ['$v: Float', 'float: $v', { v: 3 }],
  ['$v: Float', 'float: $v', { v: 3.25 }],
  ['$v: Float', 'float: $v', { v: '3.25' }],
  ['$v: Float', 'float: $v', { v: false }],
  ['$v: String', 'string: $v', { v: 'x' }],
  ['$v: String', 'string: $v', { v: 1 }],
  ['$v: String', 'string: $v', { v: { a: 1 } }],
  ['$v: Boolean', 'bool: $v', { v: true }],
  ['$v: Boolean', 'bool: $v', { v: 0 }],
  ['$v: Boolean', 'bool: $v', { v: 'false' }],
  ['$v: ID', 'id: $v', { v: 'abc' }],
  ['$v: ID', 'id: $v', { v: 123 }],
  ['$v: ID', 'id: $v', { v: 1.5 }],
  ['$v: ID', 'id: $v', { v: false }],
  ['$v: Size', 'size: $v', { v: 'SMALL' }],
  ['$v: Size', 'size: $v', { v: 'small' }],
  ['$v: Size', 'size: $v', { v: 'HUGE' }],
  ['$v: Size', 'size: $v', { v: 1 }],
  ['$v: [Int]', 'list: $v', { v: [1, 2, 3] }],
  ['$v: [Int]', 'list: $v', { v: 4 }],
  ['$v: [Int]', 'list: $v', { v: [1, null] }],
  ['$v: [Int]', 'list: $v', { v: [1, 'x', 3] }],
  ['$v: [Int]', 'list: $v', { v: null }],
  ['$v: [[Int]]', 'nested: $v', { v: [[1], [2, 3]] }],
  ['$v: [[Int]]', 'nested: $v', { v: 5 }],
  ['$v: [[Int]]', 'nested: $v', { v: [5, [6]] }],
  ['$v: [[Int]]', 'nested: $v', { v: [['x']] }],
  ['$v: Filter', 'filter: $v', { v: { name: 'a', size: 'SMALL' } }],
  ['$v: Filter', 'filter: $v', { v: { size: 'SMALL', name: 'a' } }],
  ['$v: Filter', 'filter: $v', { v: {} }],
  ['$v: Filter', 'filter: $v', { v: { minLegs: null } }],
  ['$v: Filter', 'filter: $v', { v: { unknown: 1 } }],
  ['$v: Filter', 'filter: $v', { v: { name: 1, size: 'NOPE' } }],
  ['$v: Filter', 'filter: $v', { v: { tags: 'solo' } }],
  ['$v: Filter', 'filter: $v', { v: { tags: ['a', null] } }],
  ['$v: Filter', 'filter: $v', { v: { nested: { nested: { minLegs: 'x' } } } }],
  ['$v: Filter', 'filter: $v', { v: 'not an object' }],
  ['$v: Filter', 'filter: $v', { v: [{ name: 'a' }] }],
  ['$v: Required', 'required: $v', { v: { a: 1 } }],
  ['$v: Required', 'required: $v', { v: {} }],
  ['$v: Required', 'required: $v', { v: { a: null, b: null } }],
  ['$v: Required', 'required: $v', { v: { a: 1, c: [1, null] } }],
  ['$v: Pick', 'pick: $v', { v: { byId: 1 } }],
  ['$v: Pick', 'pick: $v', { v: { byId: '1', byName: 'x' } }],
  ['$v: Pick', 'pick: $v', { v: { byId: null } }],
  ['$v: Pick', 'pick: $v', { v: {} }],
  ['$v: Json', 'json: $v', { v: { b: [1, { c: null }], a: 'x' } }],
  ['$v: Int = 5', 'int: $v', {}],
  ['$v: Int = 5', 'int: $v', { v: null }],
  ['$v: Int = 5', 'int: $v', { v: 6 }],
  ['$v: Int! = 5', 'int: $v', {}],
  ['$v: Int!', 'int: $v', {}],
  ['$v: Int!', 'int: $v', { v: null }],
  ['$v: Filter = {name: "d", nested: {size: LARGE}}', 'filter: $v', {}],
  ['$v: [Int] = 1', 'list: $v', {}],
  ['$v: Size = MEDIUM', 'size: $v', {}],
  ['$a: Int, $b: String', 'int: $a, string: $b', { b: 'only b' }],
  ['$a: Int, $b: Int', 'list: [$a, $b, 3]', { a: 1 }],
  ['$a: String', 'filter: {name: $a, size: SMALL}', {}],
  ['$a: String', 'filter: {name: $a, size: SMALL}', { a: null }],
  ['$a: Int!', 'required: {a: $a}', { a: 3 }],
  ['$a: Int', 'required: {a: $a}', {}],
  ['$a: ID', 'pick: {byId: $a}', {}],
  ['$a: ID', 'pick: {byId: $a}', { a: null }],
  ['$a: ID', 'pick: {byId: $a}', { a: 'k' }],
  ['$x: Int', 'int: $x', { x: 1, extra: 'ignored' }],
];

const needsVariables = [
  ['query Q($x: Int!) { needs(x: $x) }', { x: 1 }],
  ['query Q($x: Int = 2) { needs(x: $x) }', {}],
  ['query Q($x: Int) { needs(x: $x) }', { x: null }],
  ['query Q($x: Int) { needs(x: $x) }', {}],
  ['query Q($y: String) { needs(x: 1, y: $y) }', {}],
  ['query Q($y: String) { needs(x: 1, y: $y) }', { y: null }],
  ['query Q($z: Size) { needs(x: 1, z: $z) }', { z: 'LARGE' }],
  ['query Q($n: [Int!]!) { lists(nn: $n, outer: []) }', { n: [1, 2] }],
  ['query Q($n: [Int!]!) { lists(nn: $n, outer: []) }', { n: [1, null] }],
  ['query Q($n: [Int!]!) { lists(nn: $n, outer: []) }', { n: 3 }],
  ['query Q($n: [Int!]) { lists(nn: [], inner: $n, outer: $n) }', { n: [4] }],
];

export default function execution(add) {
  // coercion.jsonl
  for (const query of literalCoercion) add('coercion.jsonl', 'coercion.literal', { schema: ZOO, query, root: zooRoot });
  for (const [defs, args, variables] of variableCoercion) {
    add('coercion.jsonl', 'coercion.variable', { schema: ZOO, query: `query Q(${defs}) { echo(${args}) }`, variables, root: zooRoot });
  }
  for (const [query, variables] of needsVariables) add('variables.jsonl', 'variables.required', { schema: ZOO, query, variables, root: zooRoot });

  // Result coercion of leaves (spec 3.5 result coercion).
  const leaves = [
    ['int', 1], ['int', -5], ['int', 2147483647], ['int', 2147483648], ['int', -2147483649], ['int', 1.0], ['int', 1.5], ['int', '7'], ['int', 'x'],
    ['int', true], ['int', false], ['int', [1]], ['int', { a: 1 }], ['int', 1e20],
    ['float', 1], ['float', 1.25], ['float', '1.5'], ['float', 'abc'], ['float', true], ['float', []], ['float', -0.0001],
    ['string', 's'], ['string', 1], ['string', 1.5], ['string', true], ['string', false], ['string', ['a']], ['string', { o: 1 }],
    ['bool', true], ['bool', false], ['bool', 1], ['bool', 0], ['bool', 'true'], ['bool', 2],
    ['id', 'x'], ['id', 10], ['id', 1.5], ['id', true], ['id', { id: 1 }],
    ['size', 'SMALL'], ['size', 'small'], ['size', 'HUGE'], ['size', 1],
    ['json', { b: 1, a: [true, null, 's'] }], ['json', 'plain'], ['json', [1, [2, [3]]]],
  ];
  for (const [field, value] of leaves) add('coercion.jsonl', 'coercion.result', { schema: VALUES, query: `{ ${field} }`, root: { [field]: value } });

  // nulls.jsonl: null propagation (spec 6.4.4 Handling Execution Errors).
  const nulls = [
    ['{ nnInt }', { nnInt: null }], ['{ nnInt int }', { int: 1 }], ['{ int nnInt }', { int: 1, nnInt: { __throw: 'no int' } }],
    ['{ list }', { list: [1, null, 3] }], ['{ list }', { list: [1, 'x', 3] }], ['{ listNN }', { listNN: [1, null, 3] }],
    ['{ listNN }', { listNN: [1, 2] }], ['{ nnList }', { nnList: null }], ['{ nnList int }', { nnList: [null, 1], int: 2 }],
    ['{ nnListNN }', { nnListNN: [1, null] }], ['{ nnListNN int }', { nnListNN: null, int: 5 }], ['{ nested }', { nested: [[1, null], null, []] }],
    ['{ nestedNN }', { nestedNN: [[1], [2, null], [3]] }], ['{ nestedNN }', { nestedNN: [[1], null] }], ['{ nestedNN }', { nestedNN: null }],
    ['{ list }', { list: 5 }], ['{ int }', { int: [1] }], ['{ obj { a } }', { obj: null }], ['{ obj { a b } }', { obj: { a: 1 } }],
    ['{ obj { a b } int }', { obj: { a: 1, b: null }, int: 3 }], ['{ nnObj { b } int }', { nnObj: { b: null }, int: 3 }],
    ['{ obj { c { d { b } } } }', { obj: { c: { d: { b: null } } } }], ['{ obj { d { d { d { a } } } } }', { obj: { d: { d: null } } }],
    ['{ objs { a b } }', { objs: [{ a: 1, b: 'x' }, { a: 2, b: null }, null] }], ['{ objsNN { b } }', { objsNN: [{ b: 'x' }, { b: null }] }],
    ['{ nnObjsNN { b } int }', { nnObjsNN: [{ b: null }], int: 1 }], ['{ deep { b } }', { deep: [[{ b: 'x' }], [{ b: null }, { b: 'y' }], null] }],
    ['{ obj { e { b } } }', { obj: { e: [{ b: 'ok' }, { b: { __throw: 'bad b' } }] } }], ['{ obj { f } }', { obj: { f: [1, null] } }],
    ['{ obj { a f } }', { obj: { a: 1, f: null } }], ['{ a: nnInt b: nnInt }', { nnInt: null }], ['{ a: int b: nnInt c: string }', { int: 1, string: 's' }],
    ['{ objs { c { b } } }', { objs: [{ c: { b: 'one' } }, { c: { b: null } }, { c: null }] }],
    ['{ int string }', { int: { __throw: 'first' }, string: { __throw: 'second' } }],
    ['{ objs { a } }', { objs: [{ a: { __throw: 'e0' } }, { a: 1 }, { a: { __throw: 'e2' } }] }],
    ['{ list }', { list: { __throw: 'whole list' } }], ['{ nnObj { a } }', { nnObj: { __throw: 'root gone' } }],
    ['{ obj { b } obj2: obj { a } }', { obj: { a: 1, b: null } }], ['{ objs { d { a } } }', { objs: [{ d: { a: 1 } }, { d: null }] }],
    ['{ obj { a } }', { obj: 'not an object' }], ['{ objs { a } }', { objs: { a: 1 } }], ['{ json }', {}], ['{ int }', null],
  ];
  for (const [query, root] of nulls) add('nulls.jsonl', 'nulls', { schema: VALUES, query, root });

  // abstract.jsonl: interfaces and unions (spec 6.4.3 ResolveAbstractType).
  const abstract = [
    '{ pets { __typename } }', '{ pets { ... on Cat { name lives } ... on Dog { name barks } } }', '{ node { id __typename } }',
    '{ node { ... on Cat { mood } ... on Named { name } } }', '{ creatures { name legs ... on Dog { size tricks } } }',
    '{ anything { __typename ... on Named { name } ... on Node { id } } }', '{ keeper { pets { __typename name } favourite { ... on Dog { size } } } }',
    '{ cat { friends { name ... on Cat { friends { name } } } } }', '{ pick(by: {byId: 1}) { name __typename ... on Keeper { age } } }',
    '{ anything { ... on Creature { legs } ... on Keeper { age } } }',
  ];
  for (const query of abstract) add('abstract.jsonl', 'abstract', { schema: ZOO, query, root: zooRoot });
  const badAbstract = [
    { pets: [{ name: 'no typename' }] }, { pets: [{ __typename: 'Keeper', name: 'not a pet' }] }, { pets: [{ __typename: 'Lion' }] },
    { pets: [{ __typename: 7 }] }, { pets: [cat, { __throw: 'pet failed' }, dog] }, { node: { __typename: 'Dog', id: null } },
  ];
  for (const root of badAbstract) add('abstract.jsonl', 'abstract.error', { schema: ZOO, query: '{ pets { __typename ... on Cat { name } } node(id: 1) { id } }', root });
  add('abstract.jsonl', 'abstract.error', { schema: ZOO, query: '{ creatures { name } }', root: { creatures: [{ __typename: 'Keeper', name: 'k' }] } });
  add('abstract.jsonl', 'abstract.error', { schema: ZOO, query: '{ creatures { name } }', root: { creatures: [{ __typename: 'Creature', name: 'k' }] } });

  // fragments.jsonl
  const fragments = [
    '{ cat { ...CatBits } } fragment CatBits on Cat { name lives }',
    '{ cat { ...A } } fragment A on Cat { name ...B } fragment B on Cat { legs ...C } fragment C on Cat { mood }',
    '{ cat { ... on Creature { legs } ... on Named { name } ... on Node { id } } }',
    '{ pets { ...PetBits } } fragment PetBits on Pet { __typename ... on Cat { lives } ... on Dog { barks } }',
    '{ creatures { ...N } } fragment N on Named { name }',
    '{ cat { name ... { legs } ... { name mood } } }',
    '{ cat { ...A ...A name } } fragment A on Cat { name legs }',
    '{ cat { keeper { name } ... on Cat { keeper { age } } } }',
    '{ anything { ... on Pet { ... on Cat { name } } ... on Keeper { pets { ... on Dog { tricks } } } } }',
    '{ ...Root } fragment Root on Query { cat { name } dog { name } }',
    '{ dog { x: name ... on Dog { y: name } ...D } } fragment D on Dog { z: name size }',
    '{ pets { ... on Node { id } ... on Creature { legs } } }',
  ];
  for (const query of fragments) add('fragments.jsonl', 'fragments', { schema: ZOO, query, root: zooRoot });

  // directives.jsonl: @skip and @include (spec 3.13.1, 3.13.2, 6.3.2 CollectFields).
  const directives = [
    ['{ cat { name @skip(if: true) legs } }', {}], ['{ cat { name @include(if: false) legs } }', {}],
    ['{ cat { name @include(if: true) @skip(if: true) } }', {}], ['{ cat { name @include(if: true) @skip(if: false) } }', {}],
    ['query Q($s: Boolean!) { cat { name @skip(if: $s) legs } }', { s: true }], ['query Q($s: Boolean!) { cat { name @skip(if: $s) legs } }', { s: false }],
    ['query Q($i: Boolean = false) { cat { name @include(if: $i) legs } }', {}], ['query Q($i: Boolean!) { cat { name } dog @include(if: $i) { name } }', { i: true }],
    ['query Q($i: Boolean!) { cat { ...F @include(if: $i) legs } } fragment F on Cat { name mood }', { i: false }],
    ['query Q($i: Boolean!) { cat { ... on Cat @skip(if: $i) { name } legs } }', { i: true }],
    ['query Q($i: Boolean!) { cat { ... @include(if: $i) { name } ... @skip(if: $i) { mood } } }', { i: true }],
    ['{ cat { name @skip(if: true) name } }', {}], ['{ cat { n: name @skip(if: true) n: name @include(if: false) } }', {}],
    ['query Q($i: Boolean!) { cat { name @include(if: $i) } }', {}], ['query Q($i: Boolean!) { cat { name @include(if: $i) } }', { i: null }],
    ['query Q($i: Boolean) { cat { name @include(if: $i) } }', {}], ['{ cat @skip(if: true) { name } dog { name } }', {}],
    ['{ cat { name @upper @tag(name: "a") @tag(name: "b") } }', {}], ['query Q($v: Int @onVar) { echo(int: $v) }', { v: 3 }],
    ['{ cat { ...F } } fragment F on Cat @onFragment { name }', {}], ['mutation @onMutation { addPet(name: "x") { __typename } }', {}],
  ];
  for (const [query, variables] of directives) add('directives.jsonl', 'directives', { schema: ZOO, query, variables, root: { ...zooRoot, addPet: cat } });

  // execution.jsonl: aliases, operation selection, mutations, errors with paths, __typename.
  const taskRoot = {
    projects: [
      { id: 'p1', name: 'Engine', owner: { id: 'u1', login: 'ada', name: 'Ada' }, tasks: [
        { id: 't1', title: 'Lexer', status: 'DONE', assignee: { id: 'u1', login: 'ada', name: null }, estimate: 2, tags: ['parse'] },
        { id: 't2', title: 'Parser', status: 'DOING', assignee: null, estimate: 3.5, tags: [] }] },
      { id: 'p2', name: 'Docs', owner: null, tasks: [{ id: 't3', title: 'README', status: 'TODO', assignee: { __throw: 'assignee service down' }, estimate: null, tags: null }] },
    ],
    project: { id: 'p2', name: 'Docs', owner: null, tasks: [] },
    search: [{ __typename: 'Task', id: 't1', title: 'Lexer', status: 'DONE' }, { __typename: 'User', id: 'u1', login: 'ada' }, { __typename: 'Project', id: 'p1', name: 'Engine' }],
    me: { id: 'u1', login: 'ada', name: 'Ada' },
    createTask: { id: 't9', title: 'New', status: 'TODO' },
  };
  const exec = [
    ['{ projects { name tasks { title status } } }'], ['{ projects { id n: name t: tasks { t: title } } }'], ['{ a: me { login } b: me { name } me { id } }'],
    ['{ projects { tasks { title assignee { login } } } }'], ['{ projects { tasks { estimate tags } } }'], ['{ __typename projects { __typename } }'],
    ['{ search(text: "a") { __typename ... on Task { title } ... on User { login } ... on Entity { id } } }'],
    ['query A { me { login } } query B { projects { name } }', {}, 'B'], ['query A { me { login } } query B { projects { name } }', {}, 'A'],
    ['query A { me { login } } query B { projects { name } }'], ['query A { me { login } }', {}, 'Nope'], ['{ me { login } }', {}, 'Nope'],
    ['mutation { createTask(project: "p1", title: "New") { id title status } }'], ['mutation M { first: createTask(project: "p", title: "a") { id } second: createTask(project: "p", title: "b") { id } }'],
    ['query { project(name: "Docs") { name tasks { title } owner { login } } }'], ['{ projects(status: DONE) { name } }'], ['{ projects(status: ARCHIVED) { name } }'],
    ['{ me { login } unknownTwin: me { login } }'], ['query Q($p: String!) { project(name: $p) { name } }', { p: 'x' }],
    ['{ projects { tasks(first: 1) { title } } }'], ['subscription { taskChanged { title } }', undefined, undefined, { taskChanged: [] }],
  ];
  for (const [query, variables, operationName, root] of exec) add('execution.jsonl', 'execution', { schema: TASKS, query, variables, operationName, root: root ?? taskRoot });
  const errorPaths = [
    { projects: [{ name: 'ok', tasks: [{ title: { __throw: 'title failed' }, status: 'TODO' }] }] },
    { projects: [{ name: null, tasks: [] }, { name: 'x', tasks: [] }] },
    { projects: [{ name: 'a', tasks: [{ title: 't', status: 'NOT_A_STATUS' }] }] },
    { projects: [{ name: 'a', tasks: [{ title: 't', status: 'TODO' }, null] }] },
    { projects: null },
    { projects: { __throw: 'projects unavailable' } },
    { projects: [{ name: 'a', tasks: [{ title: 't', status: 'TODO', assignee: { __throw: 'x' } }] }, { name: 'b', tasks: [{ title: 'u', status: 'DONE', assignee: { __throw: 'y' } }] }] },
  ];
  for (const root of errorPaths) add('execution.jsonl', 'execution.errors', { schema: TASKS, query: '{ projects { name tasks { title status assignee { login } } } }', root });
  add('execution.jsonl', 'execution.errors', { schema: TASKS, query: '{ me { login } }', root: { me: { login: { __throw: 'Unicode é 😀 "quoted" \\ back' } } } });
  add('execution.jsonl', 'execution.errors', { schema: TASKS, query: '{ me { login } }' });

  // subscriptions.jsonl: root arrays become event streams (spec 6.2.3 Subscription).
  const subs = [
    ['subscription { taskChanged { title status } }', { taskChanged: [{ taskChanged: { title: 'a', status: 'TODO' } }, { taskChanged: { title: 'b', status: 'DONE' } }] }],
    ['subscription { taskChanged { title } }', { taskChanged: [] }],
    ['subscription S { changed: taskChanged(project: "p1") { id } }', { taskChanged: [{ taskChanged: { id: 1 } }] }],
    ['subscription { taskChanged { title } }', { taskChanged: [{ taskChanged: null }, { taskChanged: { title: null } }] }],
    ['subscription { taskChanged { title } }', { taskChanged: [{ taskChanged: { title: { __throw: 'event failed' } } }, { taskChanged: { title: 'next' } }] }],
    ['subscription { taskChanged { title } }', { taskChanged: { __throw: 'no stream' } }],
    ['subscription { taskChanged { title } }', {}],
    ['subscription { taskChanged { title } }', { taskChanged: 'not a stream' }],
    ['subscription { __typename taskChanged { __typename } }', { taskChanged: [{ taskChanged: {} }] }],
    ['subscription { taskChanged { ... on Task { title } } }', { taskChanged: [{ taskChanged: { title: 'frag' } }, {}] }],
  ];
  for (const [query, root] of subs) add('subscriptions.jsonl', 'subscriptions', { schema: TASKS, query, root });
  const zooSubs = [
    ['subscription { petAdded { __typename ... on Cat { name } } }', { petAdded: [{ petAdded: cat }, { petAdded: dog }] }],
    ['subscription Q($skip: Boolean!) { tick @skip(if: $skip) }', { tick: [{ tick: 1 }, { tick: 2 }] }, { skip: false }],
    ['subscription Q($skip: Boolean!) { tick }', { tick: [{ tick: 1 }] }, {}],
    ['subscription { tick }', { tick: [{ tick: 1 }, { tick: 'two' }, { tick: 3 }] }],
    ['subscription { tick }', { tick: null }],
  ];
  for (const [query, root, variables] of zooSubs) add('subscriptions.jsonl', 'subscriptions', { schema: ZOO, query, root, variables });
}
