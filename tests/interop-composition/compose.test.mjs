// Differential test of our composition (fed compose --batch) against @apollo/composition 2.14.4 over cases.mjs:
// for sets Apollo composes, our supergraph must equal Apollo's in canonical form (canonical.mjs); for sets it rejects,
// we must report the same set of error codes. Prints the agreement count. Cases we do not agree on yet are listed in
// known-differences.json: a listed case that starts agreeing, or an unlisted one that stops, fails the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';
import { cases } from './cases.mjs';
import { firstDifference } from './canonical.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const known = new Set(JSON.parse(readFileSync(join(here, 'known-differences.json'), 'utf8')));

function fedDll() {
  if (process.env.FED_DLL) return process.env.FED_DLL;
  for (const configuration of [process.env.CONFIGURATION ?? 'Release', 'Debug']) {
    const path = join(here, '..', '..', 'cli', 'Federation.Cli', 'bin', configuration, 'net10.0', 'fed.dll');
    if (existsSync(path)) return path;
  }
  throw new Error('fed.dll not found: build cli/Federation.Cli or set FED_DLL');
}

/** Starts `fed compose --batch`; answers one request at a time. */
function startOurs() {
  const child = spawn('dotnet', [fedDll(), 'compose', '--batch'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const waiting = [];
  lines.on('line', (line) => waiting.shift()?.(JSON.parse(line)));
  return {
    compose: (subgraphs) => new Promise((resolve) => {
      waiting.push(resolve);
      child.stdin.write(JSON.stringify({ subgraphs }) + '\n');
    }),
    stop: () => child.stdin.end(),
  };
}

function apollo(subgraphs) {
  let typeDefs;
  try {
    typeDefs = subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) }));
  } catch {
    return { errors: ['INVALID_GRAPHQL'] };
  }
  const result = composeServices(typeDefs);
  if (result.errors) return { errors: [...new Set(result.errors.map((e) => e.extensions?.code ?? 'UNKNOWN'))].sort() };
  return { supergraphSdl: result.supergraphSdl };
}

/** null when we agree with Apollo, else what differs. */
function disagreement(expected, ours) {
  if (expected.errors) {
    const codes = [...new Set(ours.errors.map((e) => e.code))].sort();
    if (ours.errors.length === 0) return `Apollo rejects (${expected.errors.join(', ')}), we compose`;
    return JSON.stringify(codes) === JSON.stringify(expected.errors) ? null : `codes differ: apollo ${expected.errors.join(', ')}; ours ${codes.join(', ')}`;
  }
  if (ours.errors.length > 0) return `Apollo composes, we reject: ${ours.errors.map((e) => `${e.code} ${e.message}`).join(' | ')}`;
  return firstDifference(expected.supergraphSdl, ours.supergraphSdl);
}

test(`composition agrees with @apollo/composition over ${cases.length} subgraph sets`, async () => {
  const ours = startOurs();
  const agreed = [];
  const differing = [];
  try {
    for (const c of cases) {
      const subgraphs = Object.entries(c.subgraphs).map(([name, sdl]) => ({ name, url: `http://${name}.example/graphql`, sdl }));
      const why = disagreement(apollo(subgraphs), await ours.compose(subgraphs));
      (why === null ? agreed : differing).push({ name: c.name, why });
    }
  } finally {
    ours.stop();
  }
  console.log(`composition agreement: ${agreed.length}/${cases.length} subgraph sets`);
  if (process.env.UPDATE_KNOWN_DIFFERENCES) {
    writeFileSync(join(here, 'known-differences.json'), JSON.stringify(differing.map((d) => d.name), null, 2) + '\n');
  }
  for (const d of differing) console.log(`  differs: ${d.name}: ${d.why}`);
  const regressions = differing.filter((d) => !known.has(d.name));
  const fixed = agreed.filter((a) => known.has(a.name));
  assert.deepEqual(regressions.map((d) => `${d.name}: ${d.why}`), [], 'cases that no longer agree with Apollo');
  assert.deepEqual(fixed.map((a) => a.name), [], 'cases that now agree: remove them from known-differences.json');
});

test('the comparison can fail: a changed supergraph is told apart', () => {
  const subgraphs = [{ name: 'a', url: 'http://a', sdl: cases[0].subgraphs.a }];
  const expected = apollo(subgraphs);
  assert.equal(firstDifference(expected.supergraphSdl, expected.supergraphSdl), null);
  assert.notEqual(firstDifference(expected.supergraphSdl, expected.supergraphSdl.replace('hello: String', 'hello: Int')), null);
  assert.notEqual(disagreement({ errors: ['INVALID_FIELD_SHARING'] }, { errors: [{ code: 'FIELD_TYPE_MISMATCH' }] }), null);
});
