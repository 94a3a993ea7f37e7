// Runs Apollo's subgraph compatibility suite (@apollo/federation-subgraph-compatibility-tests, its own jest tests)
// against the C# `products` subgraph (tests/interop-compat/products), without rover: the package's reference `users`
// (4002) and `inventory` (4003) subgraphs under node, the C# products subgraph (4001), and Apollo Gateway composing the
// three (IntrospectAndCompose) on 4000 with a health check on 8088/health, the ports the suite's client has fixed.
// Then ftv1.test.mjs (node:test) decodes the products' federated traces with Apollo's reports.proto, directly and as
// the gateway decoded them. Everything started here is stopped before exit, on failure too. Exit code 0 when every
// check passes.
//
// Usage: node run-compat.mjs --products <path to Federation.Compat.Products.dll>
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { Trace } = require('@apollo/usage-reporting-protobuf');
const here = dirname(fileURLToPath(import.meta.url));
const suite = dirname(require.resolve('@apollo/federation-subgraph-compatibility-tests/package.json'));
const PORTS = { router: 4000, products: 4001, users: 4002, inventory: 4003, health: 8088 };
const PRODUCTS_URL = `http://127.0.0.1:${PORTS.products}/`;

const productsDll = argument('--products') ?? join(here, 'products/bin/Release/net10.0/Federation.Compat.Products.dll');
const children = [];
const closers = [];

function argument(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function log(message) {
  console.log(`[compat] ${message}`);
}

/** Resolves true when something already listens on 127.0.0.1:port. */
function inUse(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

function start(name, command, args, env = {}) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];
  const keep = (chunk) => { output.push(chunk.toString()); if (output.length > 200) output.shift(); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.on('exit', (code, signal) => { child.exited = { code, signal }; });
  children.push({ name, child, output });
  return child;
}

async function stopAll() {
  for (const close of closers.splice(0).reverse()) {
    try { await close(); } catch { /* already closed */ }
  }
  await Promise.all(children.splice(0).map(({ child }) => new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => { clearTimeout(timer); resolve(); });
    child.kill('SIGTERM');
  })));
}

/** Waits until `{ __typename }` answers at url (the suite's own health check), failing when the process died. */
async function waitForGraphQL(name, url, seconds = 60) {
  const deadline = Date.now() + seconds * 1000;
  const entry = children.find((c) => c.name === name);
  let last;
  while (Date.now() < deadline) {
    if (entry?.child.exited) throw new Error(`${name} exited (${JSON.stringify(entry.child.exited)}):\n${entry.output.join('')}`);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      const body = await response.json();
      if (body?.data?.__typename) return;
      last = JSON.stringify(body);
    } catch (e) {
      last = e.message;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} did not answer at ${url} within ${seconds}s (last: ${last})\n${entry?.output.join('') ?? ''}`);
}

/**
 * For requests with the header `x-capture-traces`: asks the gateway to collect federated traces (it then sends
 * `apollo-federation-include-trace: ftv1` to the subgraphs and decodes their answers, as it does when reporting usage)
 * and answers what it decoded per fetch in `extensions.queryPlanTrace` (checked by ftv1.test.mjs).
 */
const queryPlanTracePlugin = {
  async requestDidStart(context) {
    if (!context.request.http?.headers.get('x-capture-traces')) return;
    context.metrics.captureTraces = true;
    return {
      async willSendResponse({ response, metrics }) {
        if (response.body.kind !== 'single') return;
        const fetches = [];
        const walk = (node) => {
          if (!node) return;
          node.sequence?.nodes?.forEach(walk);
          node.parallel?.nodes?.forEach(walk);
          walk(node.flatten?.node);
          if (node.fetch) {
            const { serviceName, traceParsingFailed, trace } = node.fetch;
            fetches.push({ serviceName, traceParsingFailed: !!traceParsingFailed, trace: trace ? Trace.toObject(trace, { longs: Number }) : null });
          }
        };
        walk(metrics.queryPlanTrace);
        const result = response.body.singleResult;
        result.extensions = { ...result.extensions, queryPlanTrace: fetches };
      },
    };
  },
};

async function startGateway() {
  const { ApolloGateway, IntrospectAndCompose } = require('@apollo/gateway');
  const { ApolloServer } = require('@apollo/server');
  const { startStandaloneServer } = require('@apollo/server/standalone');
  const gateway = new ApolloGateway({
    supergraphSdl: new IntrospectAndCompose({
      subgraphs: [
        { name: 'users', url: `http://127.0.0.1:${PORTS.users}/` },
        { name: 'inventory', url: `http://127.0.0.1:${PORTS.inventory}/` },
        { name: 'products', url: PRODUCTS_URL },
      ],
    }),
  });
  const server = new ApolloServer({ gateway, introspection: true, plugins: [queryPlanTracePlugin] });
  await startStandaloneServer(server, { listen: { port: PORTS.router, host: '127.0.0.1' } });
  closers.push(() => server.stop());

  const health = createServer((request, response) => {
    const ok = request.url?.startsWith('/health');
    response.writeHead(ok ? 200 : 404, { 'content-type': 'application/json' });
    response.end(ok ? '{"status":"UP"}' : '{}');
  });
  await new Promise((resolve, reject) => health.once('error', reject).listen(PORTS.health, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => health.close(resolve)));
}

function run(command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, PRODUCTS_URL, ROUTER_URL: `http://127.0.0.1:${PORTS.router}/` },
      stdio: 'inherit',
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** The suite's own jest tests, as its runner starts them (dist/tests: the package's compiled src/tests). */
function runJest() {
  return run(process.execPath, [
    require.resolve('jest/bin/jest'),
    join(suite, 'dist/tests'),
    '--ci',
    '--config', join(suite, 'federation-jest.config.js'),
    '--rootDir', suite,
  ], suite);
}

async function main() {
  const busy = [];
  for (const [name, port] of Object.entries(PORTS)) if (await inUse(port)) busy.push(`${port} (${name})`);
  if (busy.length > 0) {
    console.error(`[compat] port(s) already in use: ${busy.join(', ')}. The compatibility suite needs 4000-4003 and 8088 free.`);
    return 2;
  }

  log('starting users (4002), inventory (4003) and the C# products subgraph (4001)');
  const loopback = ['--require', join(here, 'loopback-only.cjs')];
  start('users', process.execPath, [...loopback, join(suite, 'dist/subgraphs/users/index.js')], { USERS_PORT: String(PORTS.users) });
  start('inventory', process.execPath, [...loopback, join(suite, 'dist/subgraphs/inventory/index.js')], { INVENTORY_PORT: String(PORTS.inventory) });
  start('products', 'dotnet', [productsDll, '--port', String(PORTS.products)]);
  await Promise.all([
    waitForGraphQL('users', `http://127.0.0.1:${PORTS.users}/`),
    waitForGraphQL('inventory', `http://127.0.0.1:${PORTS.inventory}/`),
    waitForGraphQL('products', PRODUCTS_URL),
  ]);

  log('starting Apollo Gateway (4000, health on 8088)');
  await startGateway();
  await waitForGraphQL('router', `http://127.0.0.1:${PORTS.router}/`);

  log('running the compatibility suite (jest)');
  const jest = await runJest();
  log('decoding ftv1 with reports.proto, directly and through the gateway (node --test ftv1.test.mjs)');
  const ftv1 = await run(process.execPath, ['--test', join(here, 'ftv1.test.mjs')], here);
  return jest !== 0 ? jest : ftv1;
}

let exitCode = 1;
const interrupt = (signal) => { log(`${signal}: stopping`); stopAll().finally(() => process.exit(130)); };
process.once('SIGINT', interrupt);
process.once('SIGTERM', interrupt);
try {
  exitCode = await main();
} catch (e) {
  console.error(`[compat] ${e.stack ?? e}`);
  exitCode = 1;
} finally {
  await stopAll();
}
process.exit(exitCode);
