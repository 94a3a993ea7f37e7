// Starts `fed serve` on 127.0.0.1 with a free port and resolves once it prints its Listening line.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = join(here, '..', '..');

/** The built fed.dll: $FED_DLL, else cli/Federation.Cli/bin/<$CONFIGURATION or Debug, then Release>/net10.0/fed.dll. */
export function fedDll() {
  if (process.env.FED_DLL) return process.env.FED_DLL;
  const configurations = process.env.CONFIGURATION ? [process.env.CONFIGURATION] : ['Debug', 'Release'];
  for (const configuration of configurations) {
    const dll = join(repoRoot, 'cli', 'Federation.Cli', 'bin', configuration, 'net10.0', 'fed.dll');
    if (existsSync(dll)) return dll;
  }
  throw new Error(`fed.dll not found; build it first: dotnet build ${join(repoRoot, 'cli', 'Federation.Cli')}`);
}

/** Runs `fed serve <args> --port 0`; returns { url, process, stop() }. */
export function startServer(args = [], timeoutMs = 60_000) {
  const child = spawn('dotnet', [fedDll(), 'serve', ...args, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`fed serve did not start in ${timeoutMs} ms: ${stderr}`)); }, timeoutMs);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`fed serve exited with ${code}: ${stderr}`)); });
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = /^Listening on (http:\/\/127\.0\.0\.1:\d+)\s*$/m.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        url: match[1],
        process: child,
        stderr: () => stderr,
        stop: () => new Promise((done) => {
          if (child.exitCode !== null) return done(child.exitCode);
          child.once('exit', (code, signal) => done(code ?? signal));
          child.kill('SIGTERM');
        }),
      });
    });
  });
}
