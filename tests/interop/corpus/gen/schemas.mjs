// Schemas shared by the corpus tables. Written for this corpus: a zoo of pets and keepers.

export const ZOO = `
"""A thing with a global id."""
interface Node { id: ID! }
interface Named { name: String }
interface Creature implements Named { name: String legs: Int }
enum Mood { HAPPY GRUMPY SLEEPY }
enum Size { SMALL MEDIUM LARGE }
enum Command { SIT STAY HEEL }
type Cat implements Creature & Named & Node {
  id: ID!
  name: String
  legs: Int
  purrs(loud: Boolean): Boolean
  mood: Mood
  lives: Int!
  friends: [Creature]
  keeper: Keeper
}
type Dog implements Creature & Named & Node {
  id: ID!
  name: String
  legs: Int
  barks: Boolean
  size: Size
  tricks(max: Int = 3): [String!]
  knows(command: Command!): Boolean
  keeper: Keeper
}
type Keeper implements Named & Node {
  id: ID!
  name: String
  age: Int
  pets: [Creature!]!
  favourite: Pet
}
union Pet = Cat | Dog
union Anything = Cat | Dog | Keeper
input Filter { name: String size: Size minLegs: Int = 0 tags: [String!] nested: Filter }
input Pick @oneOf { byId: ID byName: String }
input Required { a: Int! b: String! = "x" c: [Int!] }
scalar Json
type Query {
  node(id: ID!): Node
  cat: Cat
  dog: Dog
  keeper: Keeper
  pets: [Pet]
  creatures(filter: Filter): [Creature]
  anything: [Anything]
  pick(by: Pick!): Named
  echo(int: Int, float: Float, string: String, bool: Boolean, id: ID, size: Size, list: [Int], nested: [[Int]], filter: Filter, required: Required, pick: Pick, json: Json): Json
  needs(x: Int!, y: String! = "y", z: Size): Json
  lists(nn: [Int!]!, inner: [Int!], outer: [Int]!): Json
}
type Mutation { addPet(name: String!, kind: String): Pet rename(id: ID!, name: String!): Named }
type Subscription { petAdded: Pet tick: Int }
directive @upper on FIELD
directive @tag(name: String!) repeatable on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT | QUERY
directive @onVar on VARIABLE_DEFINITION
directive @onFragment on FRAGMENT_DEFINITION
directive @onMutation on MUTATION
`;

// Scalars and wrappers for result coercion and null propagation.
export const VALUES = `
type Query {
  int: Int
  float: Float
  string: String
  bool: Boolean
  id: ID
  size: Size
  json: Json
  nnInt: Int!
  list: [Int]
  listNN: [Int!]
  nnList: [Int]!
  nnListNN: [Int!]!
  nested: [[Int]]
  nestedNN: [[Int!]!]
  obj: Obj
  nnObj: Obj!
  objs: [Obj]
  objsNN: [Obj!]
  nnObjsNN: [Obj!]!
  deep: [[Obj!]]
}
type Obj { a: Int b: String! c: Obj d: Obj! e: [Obj!] f: [Int!]! }
enum Size { SMALL MEDIUM LARGE }
scalar Json
`;

// The human-friendly domain of the CLI's embedded sample, reused for execution cases.
export const TASKS = `
"""The root of the task tracker."""
type Query {
  projects(status: Status): [Project!]!
  project(name: String!): Project
  search(text: String!): [SearchResult!]!
  me: User
}
type Mutation { createTask(project: String!, title: String!): Task! }
type Subscription { taskChanged(project: String): Task }
interface Entity { id: ID! }
type Project implements Entity { id: ID! name: String! owner: User tasks(first: Int = 10): [Task!]! }
type Task implements Entity { id: ID! title: String! status: Status! assignee: User estimate: Float tags: [String!] }
type User implements Entity { id: ID! login: String! name: String }
union SearchResult = Project | Task | User
enum Status { TODO DOING DONE ARCHIVED @deprecated(reason: "Archived tasks are deleted") }
`;
