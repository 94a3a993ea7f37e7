// Apollo Gateway (on its own composition and on our schema/supergraph.graphql) and Hive Gateway over the four C#
// benchmark subgraphs (bench/Subgraphs) must answer the standard gateway benchmark query with exactly the expected
// response (gateway-benchmark-expected-response.json).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway, IntrospectAndCompose, RemoteGraphQLDataSource } from '@apollo/gateway';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { composeServices } from '@theguild/federation-composition';
import { post, startBenchSubgraphs } from './bench-subgraphs.mjs';

const query = readFileSync(new URL('./gateway-benchmark-query.graphql', import.meta.url), 'utf8');
const expected = JSON.parse(readFileSync(new URL('./gateway-benchmark-expected-response.json', import.meta.url), 'utf8'));

let app;
let hive;
const stops = [];

before(async () => { app = await startBenchSubgraphs(); });
after(async () => {
  for (const stop of stops.reverse()) await Promise.resolve().then(stop).catch(() => {});
  await app?.stop();
});

test('GET /health answers 200', async () => {
  const response = await fetch(`${app.url}/health`);
  assert.equal(response.status, 200);
});

test('Apollo Gateway over the four subgraphs answers the benchmark query exactly', async () => {
  const gateway = new ApolloGateway({
    supergraphSdl: new IntrospectAndCompose({ subgraphs: app.subgraphs.map(({ name, url }) => ({ name, url })) }),
    logger: quietLogger(),
  });
  const server = new ApolloServer({ gateway, logger: quietLogger() });
  await server.start();
  stops.push(() => server.stop());
  const response = await server.executeOperation({ query, operationName: 'TestQuery' });
  assert.equal(response.body.kind, 'single');
  const result = response.body.singleResult;
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  assert.deepStrictEqual(JSON.parse(JSON.stringify({ data: result.data })), expected);
});

test('Apollo Gateway on our checked-in supergraph (schema/supergraph.graphql, fed compose) answers the benchmark query exactly', async () => {
  // The file routes to http://localhost:4001/<name>; the data sources send each subgraph's requests to the running app.
  const supergraphSdl = readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => new RemoteGraphQLDataSource({ url: `${app.url}/${name}` }),
    logger: quietLogger(),
  });
  const server = new ApolloServer({ gateway, logger: quietLogger() });
  await server.start();
  stops.push(() => server.stop());
  const response = await server.executeOperation({ query, operationName: 'TestQuery' });
  assert.equal(response.body.kind, 'single');
  const result = response.body.singleResult;
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  assert.deepStrictEqual(JSON.parse(JSON.stringify({ data: result.data })), expected);
});

test('Hive Gateway over the four subgraphs answers the benchmark query exactly', async () => {
  const sdls = await Promise.all(app.subgraphs.map(async ({ name, url }) => {
    const body = await post(url, '{ _service { sdl } }');
    return { name, url, typeDefs: parse(body.data._service.sdl) };
  }));
  const composed = composeServices(sdls);
  assert.equal(composed.errors, undefined, (composed.errors ?? []).map((e) => e.message).join('\n'));
  hive = createGatewayRuntime({ supergraph: composed.supergraphSdl, logging: false });
  stops.push(() => hive.dispose());
  const result = await hiveExecute(query);
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  assert.deepStrictEqual(result, expected);
});

test('the comparison can fail: a different query through the same gateway does not match', async (t) => {
  if (!hive) return t.skip('Hive Gateway did not start');
  // Four top products instead of five: the rest of the answer is identical, so only the comparison can tell.
  const result = await hiveExecute(query.replace('topProducts {', 'topProducts(first: 4) {'));
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  assert.equal(result.data.topProducts.length, 4);
  assert.throws(() => assert.deepStrictEqual(result, expected));
});

async function hiveExecute(document) {
  const response = await hive.fetch('http://gateway.local/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: document, operationName: 'TestQuery' }),
  });
  assert.equal(response.status, 200);
  return response.json();
}

function quietLogger() {
  const noop = () => {};
  return { debug: noop, info: noop, warn: noop, error: (...args) => console.error(...args) };
}
