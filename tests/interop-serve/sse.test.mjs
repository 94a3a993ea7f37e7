// graphql-sse's own client (createClient) in both of its modes against `fed serve`: the GraphQL over SSE protocol.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createClient } from 'graphql-sse';
import { startServer } from './server.mjs';

const here = import.meta.dirname;
let server;

before(async () => {
  // 20 ms between subscription events: a 200-event countdown outlives the tests that stop it early.
  server = await startServer(['--schema', join(here, 'sse-schema.graphql'), '--root', join(here, 'sse-root.json'),
    '--event-interval-ms', '20']);
});

after(async () => {
  const exit = await server?.stop();
  assert.equal(exit, 0, `fed serve should stop cleanly on SIGTERM (stderr: ${server?.stderr()})`);
});

/** Subscribes and gathers the results until the server completes (or `take` results, then unsubscribes). */
function collect(client, payload, take) {
  return new Promise((resolve, reject) => {
    const results = [];
    let unsubscribe = () => {};
    let done = false;
    unsubscribe = client.subscribe(payload, {
      next(result) {
        results.push(result);
        if (take !== undefined && results.length === take && !done) {
          done = true;
          unsubscribe();
          resolve(results);
        }
      },
      error(err) { if (!done) { done = true; reject(err); } },
      complete() { if (!done) { done = true; resolve(results); } },
    });
  });
}

const greetings = [
  { data: { greetings: 'Hi' } },
  { data: { greetings: 'Bonjour' } },
  { data: { greetings: 'Hola' } },
];

for (const singleConnection of [false, true]) {
  describe(`graphql-sse client, ${singleConnection ? 'single connection' : 'distinct connections'} mode`, () => {
    let client;
    const requests = []; // method and status of every request the client made
    const messages = []; // every event the client received

    before(() => {
      client = createClient({
        url: () => `${server.url}/graphql`,
        singleConnection,
        retryAttempts: 0,
        fetchFn: async (url, init) => {
          const response = await fetch(url, init);
          requests.push({ method: init?.method ?? 'GET', status: response.status });
          return response;
        },
        on: { message: (message) => messages.push(message) },
      });
    });

    after(() => client.dispose());

    it('runs a query', async () => {
      assert.deepEqual(await collect(client, { query: '{ hello }' }), [{ data: { hello: 'world' } }]);
    });

    it('streams every event of a subscription, then completes', async () => {
      assert.deepEqual(await collect(client, { query: 'subscription { greetings }' }), greetings);
    });

    it('runs subscriptions side by side', async () => {
      const [a, b] = await Promise.all([
        collect(client, { query: 'subscription { greetings }' }),
        collect(client, { query: 'subscription Named { greetings }', operationName: 'Named' }),
      ]);
      assert.deepEqual(a, greetings);
      assert.deepEqual(b, greetings);
    });

    it('stops a subscription when the client unsubscribes, and keeps serving', async () => {
      const first = await collect(client, { query: 'subscription { countdown }' }, 3);
      assert.deepEqual(first, [{ data: { countdown: 200 } }, { data: { countdown: 199 } }, { data: { countdown: 198 } }]);
      const seen = messages.length;
      assert.ok(seen >= 3, 'the client reports the events it receives');
      await new Promise((resolve) => setTimeout(resolve, 400)); // 20 events' worth
      const later = messages.slice(seen).filter((m) => JSON.stringify(m.data).includes('countdown'));
      assert.ok(later.length <= 1, `the server stopped the countdown (saw ${later.length} more events)`);
      if (singleConnection) assert.deepEqual(requests.filter((r) => r.method === 'DELETE'), [{ method: 'DELETE', status: 200 }]);
      // Unsubscribing sent a DELETE (single connection) or closed the stream (distinct): the server goes on serving.
      assert.deepEqual(await collect(client, { query: '{ hello }' }), [{ data: { hello: 'world' } }]);
    });

    it('reports validation errors as the protocol says', async () => {
      if (singleConnection) {
        // The operation POST gets a 400 (GraphQL over HTTP), which the client reports as a network error.
        await assert.rejects(collect(client, { query: '{ nope }' }), (err) => {
          assert.equal(err.response?.status, 400);
          return true;
        });
      } else {
        // The accepted event stream carries the errors in a next event.
        const results = await collect(client, { query: '{ nope }' });
        assert.equal(results.length, 1);
        assert.equal(results[0].data, undefined);
        assert.equal(results[0].errors[0].message, 'Cannot query field "nope" on type "Query".');
      }
    });
  });
}
