// Federated tracing checked with Apollo's own protobuf definition: the C# products subgraph answers
// `apollo-federation-include-trace: ftv1` with extensions.ftv1, decoded here by @apollo/usage-reporting-protobuf's Trace
// (generated from reports.proto); and, through Apollo Gateway, the gateway's own decoding of it (its query plan trace).
// Run by run-compat.mjs (PRODUCTS_URL and ROUTER_URL set); alone, it starts the products subgraph on a free port of
// 127.0.0.1 and skips the gateway test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from '@apollo/usage-reporting-protobuf';

const { Trace } = protobuf;
const here = dirname(fileURLToPath(import.meta.url));
const dll = process.env.PRODUCTS_DLL ?? join(here, 'products/bin/Release/net10.0/Federation.Compat.Products.dll');
const ROUTER_URL = process.env.ROUTER_URL;
let server;
let url = process.env.PRODUCTS_URL;

before(async () => {
  if (url) return;
  server = spawn('dotnet', [dll, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  url = await new Promise((resolve, reject) => {
    let output = '';
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /Listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1] + '/');
    });
    server.once('exit', (code) => reject(new Error(`products exited with ${code}: ${output}`)));
    setTimeout(() => reject(new Error(`products did not start: ${output}`)), 30_000).unref();
  });
});

after(() => new Promise((resolve) => {
  if (!server || server.exitCode !== null) return resolve();
  server.once('exit', resolve);
  server.kill('SIGTERM');
}));

async function traced(query, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-federation-include-trace': 'ftv1' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  assert.equal(typeof body.extensions?.ftv1, 'string', JSON.stringify(body));
  const trace = Trace.toObject(Trace.decode(Buffer.from(body.extensions.ftv1, 'base64')), { longs: Number, defaults: false });
  return { body, trace };
}

const child = (node, name) => node.child.find((c) => c.responseName === name);

test('ftv1 decodes as a reports.proto Trace with the field tree of the response', async () => {
  const started = Date.now();
  const { body, trace } = await traced('query { product(id: "apollo-federation") { id s: sku research { study { caseNumber } } } }');
  assert.deepEqual(body.data, { product: { id: 'apollo-federation', s: 'federation', research: [{ study: { caseNumber: '1234' } }] } });

  const start = trace.startTime.seconds * 1000 + trace.startTime.nanos / 1e6;
  const end = trace.endTime.seconds * 1000 + trace.endTime.nanos / 1e6;
  assert.ok(Math.abs(start - started) < 5_000, `start ${start} vs ${started}`);
  assert.ok(end >= start && trace.durationNs > 0);

  const product = child(trace.root, 'product');
  assert.equal(product.type, 'Product');
  assert.equal(product.parentType, 'Query');
  const sku = child(product, 's');
  assert.deepEqual([sku.type, sku.parentType, sku.originalFieldName], ['String', 'Product', 'sku']);
  const research = child(product, 'research');
  assert.equal(research.type, '[ProductResearch!]!');
  assert.equal(research.child.length, 1);
  assert.equal(research.child[0].index ?? 0, 0);
  const caseNumber = child(child(research.child[0], 'study'), 'caseNumber');
  assert.deepEqual([caseNumber.type, caseNumber.parentType], ['ID!', 'CaseStudy']);
  for (const node of [product, sku, research, caseNumber]) {
    assert.ok(node.endTime >= node.startTime && node.endTime <= trace.durationNs, JSON.stringify(node));
  }
  assert.ok(sku.startTime >= product.endTime, 'a child resolver starts after its parent resolver ended');
});

test('ftv1 attaches an error to the node of its path', async () => {
  const { body, trace } = await traced(
    'query ($r: [_Any!]!) { _entities(representations: $r) { ... on DeprecatedProduct { sku } } }',
    { r: [{ __typename: 'DeprecatedProduct', sku: 'apollo-federation-v1', package: '@apollo/federation-v1' }, { __typename: 'DeprecatedProduct', sku: 'x', package: 'y' }] },
  );
  assert.equal(body.errors.length, 1);
  assert.deepEqual(body.errors[0].path, ['_entities', 1]);
  const entities = child(trace.root, '_entities');
  const failed = entities.child.find((c) => c.index === 1);
  assert.equal(failed.error.length, 1);
  assert.equal(failed.error[0].message, body.errors[0].message);
  assert.deepEqual(JSON.parse(failed.error[0].json).path, ['_entities', 1]);
  assert.ok(!trace.root.error?.length);
});

test('Apollo Gateway decodes the products subgraph\'s ftv1 into its query plan trace', { skip: !ROUTER_URL && 'no ROUTER_URL' }, async () => {
  const response = await fetch(ROUTER_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-capture-traces': '1' },
    body: JSON.stringify({ query: 'query { product(id: "apollo-federation") { sku createdBy { email averageProductsCreatedPerYear } } }' }),
  });
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assert.deepEqual(body.data, { product: { sku: 'federation', createdBy: { email: 'support@apollographql.com', averageProductsCreatedPerYear: 134 } } });
  const fetches = body.extensions.queryPlanTrace.filter((f) => f.serviceName === 'products');
  // products is fetched twice: product { sku createdBy } first, then User entities for the @requires field.
  assert.equal(fetches.length, 2, JSON.stringify(body.extensions.queryPlanTrace));
  for (const f of fetches) {
    assert.equal(f.traceParsingFailed, false);
    assert.ok(f.trace?.root?.child?.length > 0, JSON.stringify(f));
    assert.ok(f.trace.durationNs > 0);
  }
  const [first, second] = fetches;
  assert.equal(first.trace.root.child[0].responseName, 'product');
  const entities = second.trace.root.child.find((c) => c.responseName === '_entities');
  const average = entities.child[0].child.find((c) => c.responseName === 'averageProductsCreatedPerYear');
  assert.deepEqual([average.type, average.parentType], ['Int', 'User']);
});
