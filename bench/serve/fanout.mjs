// WebSocket subscription fan-out: N graphql-ws clients (one socket each) subscribe to one topic, a publisher sends
// R events/s for D seconds through a mutation; reports events delivered, delivery latency percentiles and the server's
// memory per subscriber. Usage (after `dotnet build bench/serve/FanoutServer -c Release` and `npm ci` here):
//   node bench/serve/fanout.mjs [--subscribers 1000] [--rate 100] [--seconds 10] [--results bench/RESULTS.md]
// With --results, the "WebSocket subscription fan-out" section of that file is written (replaced if present) from the
// measured figures; nothing in it is typed by hand.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const { values } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '1000' },
    rate: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '10' },
    results: { type: 'string' },
  },
});
const subscribers = Number(values.subscribers);
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const here = import.meta.dirname;
const dll = process.env.FANOUT_DLL ?? join(here, 'FanoutServer', 'bin', 'Release', 'net10.0', 'FanoutServer.dll');

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function startServer() {
  const child = spawn('dotnet', [dll], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /Listening on (http:\/\/\S+)/.exec(out);
      if (m) { child.removeAllListeners('exit'); resolve({ child, url: m[1].replace('http://', 'ws://') + '/graphql' }); }
    });
  });
}

function connect(url) {
  return createClient({ url, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, keepAlive: 0 });
}

function once(client, query, variables) {
  return new Promise((resolve, reject) => {
    let result;
    client.subscribe({ query, variables }, { next: (r) => { result = r; }, error: reject, complete: () => resolve(result) });
  });
}

const server = await startServer();
const control = connect(server.url);
try {
  await once(control, '{ subscribers }');
  const memoryBefore = (await once(control, '{ managedBytes workingSetBytes }')).data;

  const received = new Uint32Array(subscribers);
  const latencies = new Float64Array(subscribers * rate * seconds + subscribers * rate); // room for late events
  let latencyCount = 0;
  const clients = [];
  for (let i = 0; i < subscribers; i++) {
    const client = connect(server.url);
    clients.push(client);
    client.subscribe({ query: 'subscription { onEvent { seq sentAt } }' }, {
      next: (r) => {
        const at = now();
        received[i] += 1;
        if (latencyCount < latencies.length) latencies[latencyCount++] = at - r.data.onEvent.sentAt;
      },
      error: (e) => { console.error(`subscriber ${i}:`, e?.message ?? e?.code ?? e); },
      complete: () => {},
    });
    if (i % 50 === 49) await sleep(5); // do not open 1,000 sockets in one burst
  }
  const subscribeStarted = now();
  while ((await once(control, '{ subscribers }')).data.subscribers < subscribers) {
    if (now() - subscribeStarted > 60_000) throw new Error('subscribers did not all register within 60 s');
    await sleep(100);
  }
  const memoryAfter = (await once(control, '{ managedBytes workingSetBytes }')).data;

  // Publish `rate` events per second on a fixed schedule (each publish is a mutation over the control socket).
  const total = rate * seconds;
  const start = now();
  for (let seq = 0; seq < total; seq++) {
    const due = start + (seq * 1000) / rate;
    const wait = due - now();
    if (wait > 0) await sleep(wait);
    control.subscribe({ query: 'mutation($s: Int!, $t: Float!) { publish(seq: $s, sentAt: $t) }', variables: { s: seq, t: now() } },
      { next: () => {}, error: (e) => console.error('publish:', e), complete: () => {} });
  }
  const publishSeconds = (now() - start) / 1000;
  const expected = total * subscribers;
  const drainStarted = now();
  const delivered = () => received.reduce((a, b) => a + b, 0);
  while (delivered() < expected && now() - drainStarted < 10_000) await sleep(50);

  const sorted = latencies.subarray(0, latencyCount).sort();
  const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  const perSubscriber = (key) => (memoryAfter[key] - memoryBefore[key]) / subscribers;
  const report = {
    subscribers,
    ratePerSecond: rate,
    seconds,
    publishSeconds: Number(publishSeconds.toFixed(2)),
    eventsPublished: total,
    deliveriesExpected: expected,
    deliveriesReceived: delivered(),
    latencyMs: { p50: pct(50), p90: pct(90), p99: pct(99), max: sorted[sorted.length - 1] },
    serverManagedBytesPerSubscriber: Math.round(perSubscriber('managedBytes')),
    serverWorkingSetBytesPerSubscriber: Math.round(perSubscriber('workingSetBytes')),
  };
  for (const k of Object.keys(report.latencyMs)) report.latencyMs[k] = Number(report.latencyMs[k].toFixed(2));
  console.log(JSON.stringify(report, null, 2));
  if (values.results) writeSection(values.results, report);
  await Promise.all(clients.map((c) => c.dispose()));
} finally {
  await control.dispose();
  server.child.kill('SIGTERM');
}

function writeSection(file, r) {
  const start = '<!-- fanout:start -->';
  const end = '<!-- fanout:end -->';
  const args = process.argv.slice(2).join(' ');
  const section = [
    start,
    '## WebSocket subscription fan-out',
    '',
    `Written by \`bench/serve/fanout.mjs\` (${new Date().toISOString()}; ${cpus().length} logical cores; load average at the end ${loadavg().map((l) => l.toFixed(2)).join(' ')}).`,
    `${r.subscribers} graphql-ws 6.4.2 clients (one socket each, in one Node process) subscribe to one topic of the in-memory event bus; one`,
    `more client publishes ${r.ratePerSecond} events/s for ${r.seconds} s through a mutation; latency is from the publish call to the subscriber's \`next\`,`,
    'both clocks in the same Node process (so it includes the clients\' own JSON parsing under load).',
    '',
    '| measure | value |',
    '|---|---:|',
    `| events published | ${r.eventsPublished} in ${r.publishSeconds} s |`,
    `| deliveries received / expected | ${r.deliveriesReceived} / ${r.deliveriesExpected} |`,
    `| delivery latency p50 / p90 / p99 / max | ${r.latencyMs.p50} / ${r.latencyMs.p90} / ${r.latencyMs.p99} / ${r.latencyMs.max} ms |`,
    `| server managed heap per subscriber (after full GC) | ${(r.serverManagedBytesPerSubscriber / 1024).toFixed(1)} KB |`,
    `| server working set per subscriber | ${(r.serverWorkingSetBytesPerSubscriber / 1024).toFixed(1)} KB |`,
    '',
    '```sh',
    'dotnet build bench/serve/FanoutServer -c Release',
    '(cd bench/serve && npm ci --no-audit --no-fund)',
    `node bench/serve/fanout.mjs ${args}`,
    '```',
    end,
  ].join('\n');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const at = text.indexOf(start);
  const next = at >= 0
    ? text.slice(0, at) + section + text.slice(text.indexOf(end) + end.length)
    : `${text.replace(/\n*$/, '')}\n\n${section}\n`;
  writeFileSync(file, next);
}
