// Starts the interop test subgraphs (tests/interop-subgraph/host) on 127.0.0.1 with free ports.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The built host: $SUBGRAPH_HOST_DLL, else host/bin/<$CONFIGURATION or Debug, then Release>/net10.0/Federation.Subgraph.TestHost.dll. */
export function hostDll() {
  if (process.env.SUBGRAPH_HOST_DLL) return process.env.SUBGRAPH_HOST_DLL;
  const configurations = process.env.CONFIGURATION ? [process.env.CONFIGURATION] : ['Debug', 'Release'];
  for (const configuration of configurations) {
    const dll = join(here, 'host', 'bin', configuration, 'net10.0', 'Federation.Subgraph.TestHost.dll');
    if (existsSync(dll)) return dll;
  }
  throw new Error(`Federation.Subgraph.TestHost.dll not found; build it first: dotnet build ${join(here, 'host')}`);
}

/** Starts one subgraph; resolves { name, url, stop() } once it prints its Listening line. */
export function startSubgraph(name, timeoutMs = 60_000) {
  const child = spawn('dotnet', [hostDll(), name, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`subgraph ${name} did not start in ${timeoutMs} ms: ${stderr}`)); }, timeoutMs);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`subgraph ${name} exited with ${code}: ${stderr}`)); });
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = /^Listening on (http:\/\/127\.0\.0\.1:\d+)\s*$/m.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        name,
        url: `${match[1]}/graphql`,
        stop: () => new Promise((done) => {
          if (child.exitCode !== null) return done(child.exitCode);
          child.once('exit', (code, signal) => done(code ?? signal));
          child.kill('SIGTERM');
        }),
      });
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
  return response.json();
}
