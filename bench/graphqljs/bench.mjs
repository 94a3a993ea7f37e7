// graphql-js baseline for the Federation benchmarks: the same inputs as bench/Federation.Benchmarks, measured with
// a warm-up and then timed rounds (process.hrtime.bigint()). Prints one JSON object: mean ns/op per case.
//
//   node bench.mjs [--quick] [--only <case prefix>] [--out results.json]
//   node bench.mjs --dump <dir>   (writes the responses and exits)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { buildSchema, execute, getIntrospectionQuery, parse, validate, version } from 'graphql';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const outIndex = args.indexOf('--out');
const outFile = outIndex >= 0 ? args[outIndex + 1] : null;
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : '';
const dumpIndex = args.indexOf('--dump');
const dumpDir = dumpIndex >= 0 ? args[dumpIndex + 1] : null;

// Warm-up long enough for V8's optimizing tiers; then ROUNDS timed rounds of about ROUND_MS each.
const WARMUP_MS = quick ? 50 : 2000;
const ROUNDS = quick ? 2 : 20;
const ROUND_MS = quick ? 20 : 300;

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
const read = (name) => readFileSync(join(dataDir, name), 'utf8');

const kitchenSinkText = read('kitchen-sink.graphql');
// Every spec option on: the same text as Federation's IntrospectionQuery.Text (tests/Federation.GraphQL.Tests checks it).
const introspectionText = getIntrospectionQuery({
  descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true,
  inputValueDeprecation: true, oneOf: true,
});
const schema = buildSchema(read('schema.graphql'));
const itemsSchema = buildSchema(read('items-schema.graphql'));
const itemsDocument = parse(read('items-query.graphql'));
const kitchenSinkDocument = parse(kitchenSinkText);
const introspectionDocument = parse(introspectionText);

// The same 1,000 products as ItemsData.cs: 5 scalars and a nested vendor with 2 scalars each.
function products() {
  const list = [];
  for (let i = 0; i < 1000; i++) {
    list.push({
      id: `product-${i}`,
      name: `Product ${i}`,
      price: i * 0.25 + 0.99,
      quantity: i % 50,
      inStock: i % 3 !== 0,
      vendor: { name: `Vendor ${i % 20}`, country: i % 2 === 0 ? 'US' : 'DE' },
    });
  }
  return list;
}
const rootValue = { products: products() };

function check(condition, message) {
  if (!condition) throw new Error(`bench.mjs: ${message}`);
}

// Every input must be what the benchmark says it is before it is timed.
check(validate(schema, kitchenSinkDocument).length === 0, 'kitchen-sink query is not valid against schema.graphql');
check(validate(schema, introspectionDocument).length === 0, 'introspection query is not valid');
check(validate(itemsSchema, itemsDocument).length === 0, 'items query is not valid');
const itemsResult = execute({ schema: itemsSchema, document: itemsDocument, rootValue });
check(!(itemsResult instanceof Promise), 'items execution is not synchronous');
check(!itemsResult.errors && itemsResult.data.products.length === 1000, 'items execution failed');
const introspectionResult = execute({ schema, document: introspectionDocument });
check(!(introspectionResult instanceof Promise) && !introspectionResult.errors, 'introspection failed');

// --dump <dir>: the responses, so that the Federation side can check it computes the same ones (ResultCheck.cs).
if (dumpDir) {
  writeFileSync(join(dumpDir, 'products.graphql-js.json'), JSON.stringify(itemsResult));
  writeFileSync(join(dumpDir, 'introspection.graphql-js.json'), JSON.stringify(introspectionResult));
  process.exit(0);
}

let sink = 0;

const cases = {
  'Parse/KitchenSink': () => { sink += parse(kitchenSinkText).definitions.length; },
  'Parse/Introspection': () => { sink += parse(introspectionText).definitions.length; },
  'ParseValidate/KitchenSink': () => {
    sink += validate(schema, parse(kitchenSinkText)).length;
  },
  'ParseValidate/Introspection': () => {
    sink += validate(schema, parse(introspectionText)).length;
  },
  'Validate/KitchenSink': () => { sink += validate(schema, kitchenSinkDocument).length; },
  'Validate/Introspection': () => { sink += validate(schema, introspectionDocument).length; },
  'Execute/Products/Json': () => {
    sink += JSON.stringify(execute({ schema: itemsSchema, document: itemsDocument, rootValue })).length;
  },
  'Execute/Products/NoSerialization': () => {
    sink += execute({ schema: itemsSchema, document: itemsDocument, rootValue }).data.products.length;
  },
  'Introspection/Json': () => {
    sink += JSON.stringify(execute({ schema, document: introspectionDocument })).length;
  },
};

// Runs fn in batches until `ms` elapsed; returns [operations, nanoseconds].
function runFor(fn, ms) {
  const budget = BigInt(ms) * 1_000_000n;
  let ops = 0;
  let batch = 1;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let i = 0; i < batch; i++) fn();
    ops += batch;
    elapsed = process.hrtime.bigint() - start;
    if (batch < 1024) batch *= 2;
  }
  return [ops, elapsed];
}

function quantile(sorted, q) {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

function removeUpperOutliers(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const fence = q3 + 1.5 * (q3 - q1);
  return sorted.filter((x) => x <= fence);
}

const results = {};
for (const [name, fn] of Object.entries(cases)) {
  if (!name.startsWith(only)) continue;
  runFor(fn, WARMUP_MS);
  const perRound = [];
  let totalOps = 0;
  let totalNs = 0n;
  for (let r = 0; r < ROUNDS; r++) {
    const [ops, ns] = runFor(fn, ROUND_MS);
    totalOps += ops;
    totalNs += ns;
    perRound.push(Number(ns) / ops);
  }
  // Like BenchmarkDotNet's default (OutlierMode.RemoveUpper): drop rounds above Q3 + 1.5 IQR (another process took
  // the CPU), then average the rest. rawMeanNs keeps every round.
  const kept = removeUpperOutliers(perRound);
  const mean = kept.reduce((s, x) => s + x, 0) / kept.length;
  const variance = kept.reduce((s, x) => s + (x - mean) ** 2, 0) / Math.max(1, kept.length - 1);
  results[name] = {
    meanNs: mean,
    stdDevNs: Math.sqrt(variance),
    minRoundNs: Math.min(...perRound),
    rawMeanNs: Number(totalNs) / totalOps,
    roundsKept: kept.length,
    operations: totalOps,
  };
  process.stderr.write(`${name}: ${(mean / 1000).toFixed(2)} us/op\n`);
}

const report = {
  tool: 'graphql-js',
  graphqlVersion: version,
  node: process.version,
  quick,
  warmupMs: WARMUP_MS,
  rounds: ROUNDS,
  roundMs: ROUND_MS,
  sink,
  cases: results,
};
const text = JSON.stringify(report, null, 2);
if (outFile) writeFileSync(outFile, text + '\n');
else process.stdout.write(text + '\n');
