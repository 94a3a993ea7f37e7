// Starts `fed serve` on 127.0.0.1 with a free port and resolves once it prints its Listening line.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDll, startListening } from '../node-common/dotnet-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = join(here, '..', '..');

/** The built fed.dll: $FED_DLL, else cli/Federation.Cli/bin/<$CONFIGURATION or Debug, then Release>/net10.0/fed.dll. */
export function fedDll() {
  return findDll('FED_DLL', join(repoRoot, 'cli', 'Federation.Cli'), 'fed.dll');
}

/** Runs `fed serve <args> --port 0`; returns { url, process, stderr(), stop() }. */
export function startServer(args = [], timeoutMs = 60_000) {
  return startListening([fedDll(), 'serve', ...args, '--port', '0'], 'fed serve', timeoutMs);
}
