// graphql-ws's own client (createClient, with `ws` as the WebSocket) against `fed serve` over graphql-transport-ws.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startServer } from './server.mjs';

const here = import.meta.dirname;
let server;
let wsUrl;

before(async () => {
  server = await startServer([
    '--schema', join(here, 'ws-schema.graphql'),
    '--root', join(here, 'ws-root.json'),
    '--event-interval-ms', '20',
  ]);
  wsUrl = `${server.url.replace('http://', 'ws://')}/graphql`;
});

after(async () => {
  const exit = await server?.stop();
  assert.equal(exit, 0, `fed serve should stop cleanly on SIGTERM (stderr: ${server?.stderr()})`);
});

/** A graphql-ws client that never retries, counting the sockets it opens. */
function client(options = {}) {
  const sockets = { opened: 0 };
  const c = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
    on: { opened: () => { sockets.opened += 1; } },
    ...options,
  });
  return { client: c, sockets };
}

/** All results of one operation, or the error its sink received. */
function run(c, request) {
  return new Promise((resolve) => {
    const results = [];
    c.subscribe(request, {
      next: (value) => results.push(value),
      error: (error) => resolve({ results, error }),
      complete: () => resolve({ results }),
    });
  });
}

/** A raw socket speaking the protocol by hand, for what createClient will not send. */
function rawSocket(protocols = 'graphql-transport-ws') {
  const socket = new WebSocket(wsUrl, protocols);
  const messages = [];
  const waiting = [];
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    const next = waiting.shift();
    if (next) next(message); else messages.push(message);
  });
  const closed = new Promise((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: String(reason) })));
  const opened = new Promise((resolve, reject) => { socket.on('open', resolve); socket.on('error', reject); });
  return {
    opened,
    closed,
    send: (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
    receive: () => (messages.length ? Promise.resolve(messages.shift()) : new Promise((resolve) => waiting.push(resolve))),
    socket,
  };
}

describe('graphql-ws client against fed serve', () => {
  it('runs several subscriptions at once on one socket', async () => {
    const { client: c, sockets } = client();
    try {
      const [a, b, t] = await Promise.all([
        run(c, { query: 'subscription { greetings }' }),
        run(c, { query: 'subscription { greetings }' }),
        run(c, { query: 'subscription { ticks }' }),
      ]);
      const greetings = [{ data: { greetings: 'Hi' } }, { data: { greetings: 'Bonjour' } }, { data: { greetings: 'Hola' } }];
      assert.deepEqual(a, { results: greetings });
      assert.deepEqual(b, { results: greetings });
      assert.deepEqual(t, { results: [1, 2, 3, 4].map((ticks) => ({ data: { ticks } })) });
      assert.equal(sockets.opened, 1);
    } finally {
      await c.dispose();
    }
  });

  it('iterates a subscription with client.iterate and stops it early', async () => {
    const { client: c } = client();
    try {
      const seen = [];
      for await (const result of c.iterate({ query: 'subscription { ticks }' })) {
        seen.push(result.data.ticks);
        if (seen.length === 2) break; // sends Complete for the operation
      }
      assert.deepEqual(seen, [1, 2]);
      // The socket is still usable after the early stop.
      assert.deepEqual(await run(c, { query: '{ hello }' }), { results: [{ data: { hello: 'world' } }] });
    } finally {
      await c.dispose();
    }
  });

  it('runs a query and a mutation over the socket (one next, then complete)', async () => {
    const { client: c, sockets } = client({ lazyCloseTimeout: 10_000 }); // keep the socket between the two operations
    try {
      assert.deepEqual(await run(c, { query: '{ hello }' }), { results: [{ data: { hello: 'world' } }] });
      assert.deepEqual(
        await run(c, { query: 'mutation($g: String!) { setGreeting(greeting: $g) }', variables: { g: 'Hey' } }),
        { results: [{ data: { setGreeting: 'Hi' } }] },
      );
      assert.equal(sockets.opened, 1);
    } finally {
      await c.dispose();
    }
  });

  it('reports validation errors through the sink error (an Error message)', async () => {
    const { client: c } = client();
    try {
      const { results, error } = await run(c, { query: '{ nope }' });
      assert.deepEqual(results, []);
      assert.ok(Array.isArray(error), 'the sink receives the GraphQL errors');
      assert.equal(error[0].message, 'Cannot query field "nope" on type "Query".');
      assert.deepEqual(error[0].locations, [{ line: 1, column: 3 }]);
    } finally {
      await c.dispose();
    }
  });

  it('sends the connection params and gets the acknowledgement', async () => {
    let acknowledged = false;
    const { client: c } = client({ connectionParams: { token: 'abc' }, on: { connected: () => { acknowledged = true; } } });
    try {
      assert.deepEqual(await run(c, { query: '{ hello }' }), { results: [{ data: { hello: 'world' } }] });
      assert.ok(acknowledged);
    } finally {
      await c.dispose();
    }
  });

  it('is closed with 4409 when an id is reused while its operation is active', async () => {
    const { client: c } = client({ generateID: () => 'same' });
    try {
      const first = run(c, { query: 'subscription { ticks }' });
      const second = run(c, { query: 'subscription { greetings }' });
      const outcomes = await Promise.all([first, second]);
      for (const { error } of outcomes) {
        assert.equal(error?.code, 4409);
        assert.equal(error?.reason, 'Subscriber for same already exists');
      }
    } finally {
      await c.dispose();
    }
  });

  it('closes with 4400 on an invalid message', async () => {
    const raw = rawSocket();
    await raw.opened;
    raw.send({ type: 'connection_init' });
    assert.deepEqual(await raw.receive(), { type: 'connection_ack' });
    raw.send({ type: 'subscribe', id: 'x', payload: { query: 42 } });
    assert.deepEqual(await raw.closed, {
      code: 4400,
      reason: '"subscribe" message payload expects the \'query\' property to be a string, but got number',
    });
  });

  it('closes with 4400 on a message that is not JSON', async () => {
    const raw = rawSocket();
    await raw.opened;
    raw.send('{ not json');
    assert.deepEqual(await raw.closed, { code: 4400, reason: 'Invalid message received' });
  });

  it('closes with 4401 on subscribe before the acknowledgement', async () => {
    const raw = rawSocket();
    await raw.opened;
    raw.send({ type: 'subscribe', id: '1', payload: { query: '{ hello }' } });
    assert.deepEqual(await raw.closed, { code: 4401, reason: 'Unauthorized' });
  });

  it('closes with 4429 on a second connection_init', async () => {
    const raw = rawSocket();
    await raw.opened;
    raw.send({ type: 'connection_init' });
    assert.deepEqual(await raw.receive(), { type: 'connection_ack' });
    raw.send({ type: 'connection_init' });
    assert.deepEqual(await raw.closed, { code: 4429, reason: 'Too many initialisation requests' });
  });

  it('refuses a client that does not offer graphql-transport-ws (4406)', async () => {
    const raw = rawSocket([]);
    await raw.opened;
    assert.deepEqual(await raw.closed, { code: 4406, reason: 'Subprotocol not acceptable' });
  });

  it('does not select a subprotocol the client offers other than graphql-transport-ws', async () => {
    // The legacy subscriptions-transport-ws protocol: the server answers without a subprotocol, which `ws` refuses.
    const { client: c } = client({ webSocketImpl: class extends WebSocket { constructor(url) { super(url, 'graphql-ws'); } } });
    try {
      const { error } = await run(c, { query: '{ hello }' });
      assert.match(String(error?.message ?? error), /Server sent no subprotocol/);
    } finally {
      await c.dispose();
    }
  });

  it('answers pings with pongs', async () => {
    const raw = rawSocket();
    await raw.opened;
    raw.send({ type: 'connection_init' });
    await raw.receive();
    raw.send({ type: 'ping', payload: { at: 1 } });
    assert.deepEqual(await raw.receive(), { type: 'pong', payload: { at: 1 } });
    raw.socket.close(1000);
    assert.equal((await raw.closed).code, 1000);
  });
});

// `fed serve --auth-token`: the server's OnConnect hook refuses a ConnectionInit without the token (4403 Forbidden).
describe('graphql-ws client against a server that checks connection params', () => {
  let guarded;
  let guardedUrl;
  before(async () => {
    guarded = await startServer(['--schema', join(here, 'ws-schema.graphql'), '--root', join(here, 'ws-root.json'),
      '--auth-token', 's3cret']);
    guardedUrl = `${guarded.url.replace('http://', 'ws://')}/graphql`;
  });
  after(async () => { assert.equal(await guarded?.stop(), 0); });

  for (const [title, connectionParams] of [['no params', undefined], ['a wrong token', { authorization: 'Bearer nope' }]]) {
    it(`is refused with 4403 Forbidden for ${title}`, async () => {
      const closes = [];
      const { client: c } = client({ url: guardedUrl, connectionParams, on: { closed: (event) => closes.push(event) } });
      try {
        const { results, error } = await run(c, { query: '{ hello }' });
        assert.deepEqual(results, []);
        assert.equal(error?.code, 4403);
        assert.equal(error?.reason, 'Forbidden');
        assert.deepEqual(closes.map((e) => e.code), [4403]);
      } finally {
        await c.dispose();
      }
    });
  }

  it('runs a query once the ConnectionInit payload carries the token', async () => {
    const { client: c } = client({ url: guardedUrl, connectionParams: { authorization: 'Bearer s3cret' } });
    try {
      const { results, error } = await run(c, { query: '{ hello }' });
      assert.equal(error, undefined);
      assert.equal(results.length, 1);
      assert.ok(results[0].data, JSON.stringify(results[0]));
    } finally {
      await c.dispose();
    }
  });

  it('answers plain HTTP without the header with 401 and WWW-Authenticate: Bearer', async () => {
    const post = (headers) => fetch(`${guarded.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ hello }' }) });
    const refused = await post({});
    assert.equal(refused.status, 401);
    assert.equal(refused.headers.get('www-authenticate'), 'Bearer');
    assert.match((await refused.json()).errors[0].message, /Unauthorized/);
    const allowed = await post({ authorization: 'Bearer s3cret' });
    assert.equal(allowed.status, 200);
    assert.ok((await allowed.json()).data);
  });
});
