const {parse} = require('graphql');
const {validateSDL} = require('graphql/validation/validate.js');
const cases = {
 loneSchema: 'schema { query: Query } schema { query: Query } type Query { a: Int }',
 uniqueOperationTypes: 'schema { query: Query query: Query } extend schema { query: Query } type Query { a: Int }',
 uniqueTypeNames: 'type Query { a: Int } type Query { b: Int } scalar Query',
 uniqueEnumValues: 'type Query { a: E } enum E { A A } extend enum E { A B }',
 uniqueFieldDefs: 'type Query { a: Int a: String } extend type Query { a: Int } input In { x: Int x: Int } interface I { y: Int } extend interface I { y: Int }',
 uniqueArgDefs: 'directive @d(a: Int, a: Int) on FIELD type Query { f(x: Int, x: Int, x: String): Int } extend type Query { g(y: Int, y: Int): Int }',
 uniqueDirectiveNames: 'directive @d on FIELD directive @d on QUERY type Query { a: Int }',
 knownTypeNames: 'type Query { a: Strin b: [Quer!] c(x: Inputt): Int } input Input { a: Int }',
 knownTypeNamesStd: 'type Query { a: __Schema }',
 knownDirectives: 'type Query @unknown { a: Int @include(if: true) b: Int @deprecated } scalar S @specifiedBy(url: "x") @oneOf',
 knownDirectivesLocations: 'directive @d on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION type Query { a(x: Int @d): Int @d } input In @d { y: Int @d } enum E @d { A @d } schema @d { query: Query }',
 uniqueDirectivesPerLocation: 'directive @d on OBJECT | FIELD_DEFINITION directive @r repeatable on OBJECT type Query @d @d @r @r { a: Int @d @d } extend type Query @d',
 possibleTypeExtensions: 'type Query { a: Int } extend scalar Query @specifiedBy(url: "u") extend type Unknown { b: Int } extend type Qurey { c: Int } extend input Query { x: Int }',
 knownArgNamesOnDirectives: 'directive @d(arg: Int) on FIELD_DEFINITION type Query { a: Int @d(arg: 1, ag: 2) b: Int @deprecated(reasn: "x") }',
 uniqueArgNames: 'directive @d(a: Int) on FIELD_DEFINITION type Query { a: Int @d(a: 1, a: 2) }',
 uniqueInputFieldNames: 'directive @d(a: In) on FIELD_DEFINITION input In { x: Int } type Query { a(x: In = {x: 1, x: 2}): Int @d(a: {x: 1, x: 2}) }',
 providedRequiredArgs: 'directive @d(a: Int!, b: Int! = 1, c: [String!]!) on FIELD_DEFINITION type Query { a: Int @d b: Int @d(a: 1, c: []) } scalar S @specifiedBy',
 valid: 'type Query { a: Int } extend type Query { b: Int } directive @x(a: Int) repeatable on OBJECT extend type Query @x @x',
};
const out = {};
for (const [k, s] of Object.entries(cases)) out[k] = validateSDL(parse(s)).map(e => e.message + ' @' + JSON.stringify(e.locations.map(l => [l.line, l.column])));
console.log(JSON.stringify(out, null, 1));
