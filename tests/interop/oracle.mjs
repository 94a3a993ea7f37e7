// graphql-js side of the differential test: answers one corpus case the way `fed exec --batch` must.
// The resolver rules (shared with the CLI's JSON-root resolvers):
//   - a field returns the own property of its name of the parent object (null when the parent is not an object);
//   - a value {"__throw": "msg"} raises a field error with message msg;
//   - a value {"__args": true} resolves to the field's coerced arguments (to observe input coercion);
//   - an abstract type resolves by the object's __typename (graphql-js's default type resolver);
//   - a root subscription field whose root value is an array emits its elements as events; each event is the
//     root value of its execution, so the subscription field reads its own name from the event.
import {
  buildSchema,
  execute,
  getOperationAST,
  parse,
  print,
  subscribe,
  validate,
  validateSchema,
} from 'graphql';

export const INTROSPECTION = '<INTROSPECTION>';

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

function materialize(value, args) {
  if (isObject(value)) {
    if (typeof value.__throw === 'string') throw new Error(value.__throw);
    if (value.__args === true) return args;
  }
  return value;
}

export function fieldResolver(source, args, _context, info) {
  if (!isObject(source) || !Object.hasOwn(source, info.fieldName)) return undefined;
  return materialize(source[info.fieldName], args);
}

async function* eventsOf(items) {
  for (const item of items) yield item;
}

export function subscribeFieldResolver(source, args, _context, info) {
  if (!isObject(source) || !Object.hasOwn(source, info.fieldName)) return undefined;
  const value = materialize(source[info.fieldName], args);
  return Array.isArray(value) ? eventsOf(value) : value;
}

const toError = (e) => {
  const out = { message: e.message };
  if (e.locations) out.locations = e.locations.map(({ line, column }) => ({ line, column }));
  if (e.path) out.path = [...e.path];
  return out;
};

// Mirrors ExecutionResult.toJSON: errors first, then data.
function toResult(result) {
  const out = {};
  if (result.errors) out.errors = result.errors.map(toError);
  if ('data' in result) out.data = result.data;
  return JSON.parse(JSON.stringify(out));
}

const schemaCache = new Map();

function schemaFor(sdl) {
  if (schemaCache.has(sdl)) return schemaCache.get(sdl);
  let entry;
  try {
    const schema = buildSchema(sdl);
    const errors = validateSchema(schema);
    entry = errors.length > 0 ? { errors: errors.map((e) => e.message) } : { schema };
  } catch (e) {
    // buildSchema's SDL validation joins its messages with blank lines.
    entry = { errors: String(e.message).split('\n\n') };
  }
  schemaCache.set(sdl, entry);
  return entry;
}

export async function runOracle(testCase) {
  const { id } = testCase;
  if (typeof testCase.print === 'string') {
    try {
      return { id, printed: print(parse(testCase.print)) };
    } catch (e) {
      return { id, errors: [toError(e)] };
    }
  }

  const built = schemaFor(testCase.schema);
  if (built.errors) return { id, schemaErrors: built.errors };
  const { schema } = built;

  let document;
  try {
    document = parse(testCase.query);
  } catch (e) {
    return { id, errors: [toError(e)] };
  }
  const validationErrors = validate(schema, document);
  if (validationErrors.length > 0) return { id, errors: validationErrors.map(toError) };
  if (testCase.validateOnly) return { id, valid: true };

  const args = {
    schema,
    document,
    rootValue: testCase.root ?? null,
    variableValues: testCase.variables ?? undefined,
    operationName: testCase.operationName ?? undefined,
    fieldResolver,
    subscribeFieldResolver,
  };
  const operation = getOperationAST(document, testCase.operationName);
  if (operation?.operation === 'subscription') {
    const stream = await subscribe(args);
    if (!(Symbol.asyncIterator in stream)) return { id, ...toResult(stream) };
    const events = [];
    for await (const event of stream) events.push(toResult(event));
    return { id, events };
  }
  return { id, ...toResult(await execute(args)) };
}
