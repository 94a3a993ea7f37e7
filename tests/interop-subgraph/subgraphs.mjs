// Starts the interop test subgraphs (tests/interop-subgraph/host) on 127.0.0.1 with free ports.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDll, startListening } from '../node-common/dotnet-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** The built host: $SUBGRAPH_HOST_DLL, else host/bin/<$CONFIGURATION or Debug, then Release>/net10.0/Federation.Subgraph.TestHost.dll. */
export function hostDll() {
  return findDll('SUBGRAPH_HOST_DLL', join(here, 'host'), 'Federation.Subgraph.TestHost.dll');
}

/** Starts one subgraph; resolves { name, url, stop() } once it prints its Listening line. */
export async function startSubgraph(name, timeoutMs = 60_000) {
  const server = await startListening([hostDll(), name, '--port', '0'], `subgraph ${name}`, timeoutMs);
  return { name, url: `${server.url}/graphql`, stop: server.stop };
}

/** POSTs a GraphQL request; returns the parsed JSON body. */
export async function post(url, query, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}
