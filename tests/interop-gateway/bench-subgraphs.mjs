// Starts bench/Subgraphs (the four benchmark subgraphs in one app) on 127.0.0.1 with a free port.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const names = ['accounts', 'inventory', 'products', 'reviews'];

/** The built app: $BENCH_SUBGRAPHS_DLL, else bench/Subgraphs/bin/<$CONFIGURATION or Release, then Debug>/net10.0/. */
export function appDll() {
  if (process.env.BENCH_SUBGRAPHS_DLL) return process.env.BENCH_SUBGRAPHS_DLL;
  const configurations = process.env.CONFIGURATION ? [process.env.CONFIGURATION] : ['Release', 'Debug'];
  for (const configuration of configurations) {
    const dll = join(here, '..', '..', 'bench', 'Subgraphs', 'bin', configuration, 'net10.0', 'Federation.Bench.Subgraphs.dll');
    if (existsSync(dll)) return dll;
  }
  throw new Error('Federation.Bench.Subgraphs.dll not found; build it first: dotnet build bench/Subgraphs -c Release');
}

/** Starts the app; resolves { url, subgraphs: [{ name, url }], stop() } once it prints its Listening line. */
export function startBenchSubgraphs(timeoutMs = 60_000) {
  const child = spawn('dotnet', [appDll(), '--urls', 'http://127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const stop = () => new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done(child.exitCode);
    child.once('exit', (code, signal) => done(code ?? signal));
    child.kill('SIGTERM');
  });
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`bench/Subgraphs did not start in ${timeoutMs} ms: ${stderr}`)); }, timeoutMs);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`bench/Subgraphs exited with ${code}: ${stderr}`)); });
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = /^Listening on (http:\/\/127\.0\.0\.1:\d+)\s*$/m.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ url: match[1], subgraphs: names.map((name) => ({ name, url: `${match[1]}/${name}` })), stop });
    });
  });
}

/** POSTs a GraphQL request; returns the parsed JSON body. */
export async function post(url, query, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  if (!response.ok && !response.headers.get('content-type')?.includes('json')) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** Each subgraph's `_service { sdl }`. */
export async function serviceSdls(subgraphs) {
  return Promise.all(subgraphs.map(async ({ name, url }) => {
    const body = await post(url, '{ _service { sdl } }');
    if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
    return { name, url, sdl: body.data._service.sdl };
  }));
}
