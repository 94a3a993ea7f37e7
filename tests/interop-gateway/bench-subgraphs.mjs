// Starts bench/Subgraphs (the four benchmark subgraphs in one app) on 127.0.0.1 with a free port.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDll, startListening } from '../node-common/dotnet-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const names = ['accounts', 'inventory', 'products', 'reviews'];

/** The built app: $BENCH_SUBGRAPHS_DLL, else bench/Subgraphs/bin/<$CONFIGURATION or Release, then Debug>/net10.0/. */
export function appDll() {
  return findDll('BENCH_SUBGRAPHS_DLL', join(here, '..', '..', 'bench', 'Subgraphs'), 'Federation.Bench.Subgraphs.dll', ['Release', 'Debug']);
}

/** Starts the app; resolves { url, subgraphs: [{ name, url }], stop() } once it prints its Listening line. */
export async function startBenchSubgraphs(timeoutMs = 60_000) {
  const server = await startListening([appDll(), '--urls', 'http://127.0.0.1:0'], 'bench/Subgraphs', timeoutMs);
  return { url: server.url, subgraphs: names.map((name) => ({ name, url: `${server.url}/${name}` })), stop: server.stop };
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
