// Shared by the node test folders (imported by relative path; no packages): find a built .NET app and start it on
// 127.0.0.1, resolving once it prints its "Listening on http://127.0.0.1:<port>" line.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The built dll: process.env[envVar] when set, else <projectDir>/bin/<$CONFIGURATION, or each of `configurations`>/net10.0/<dllName>.
 */
export function findDll(envVar, projectDir, dllName, configurations = ['Debug', 'Release']) {
  if (process.env[envVar]) return process.env[envVar];
  for (const configuration of process.env.CONFIGURATION ? [process.env.CONFIGURATION] : configurations) {
    const dll = join(projectDir, 'bin', configuration, 'net10.0', dllName);
    if (existsSync(dll)) return dll;
  }
  throw new Error(`${dllName} not found; build it first: dotnet build ${projectDir} (or set ${envVar})`);
}

/** Runs `dotnet <args>`; resolves { url, process, stderr(), stop() } once it listens. `label` names it in errors. */
export function startListening(args, label, timeoutMs = 60_000) {
  const child = spawn('dotnet', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const stop = () => new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done(child.exitCode ?? child.signalCode);
    child.once('exit', (code, signal) => done(code ?? signal));
    child.kill('SIGTERM');
  });
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`${label} did not start in ${timeoutMs} ms: ${stderr}`)); }, timeoutMs);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`${label} exited with ${code}: ${stderr}`)); });
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = /^Listening on (http:\/\/127\.0\.0\.1:\d+)\s*$/m.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ url: match[1], process: child, stderr: () => stderr, stop });
    });
  });
}
