// Differential test: every corpus case runs through graphql-js (the oracle, in-process) and through
// `fed exec --batch` (one process for the whole corpus); the answers must agree.
//
//   node differential.mjs [--fed path/to/fed.dll] [--corpus dir] [--filter id-prefix] [--out dir]
//
// Compared strictly: data (with key order), error count, locations and paths of each error (in order), valid,
// printed text, subscription events, schema error count. Compared and only reported: error messages.
// The last line of output is `N passed, N failed`; the exit code is 1 when any case failed.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { runOracle, INTROSPECTION } from './oracle.mjs';
import { getIntrospectionQuery } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');

function parseArgs(argv) {
  const options = { corpus: join(here, 'corpus'), out: join(repoRoot, '.test-run'), filter: '', fed: process.env.FED_DLL ?? '' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => argv[++i];
    if (arg === '--fed') options.fed = next();
    else if (arg === '--corpus') options.corpus = next();
    else if (arg === '--filter') options.filter = next();
    else if (arg === '--out') options.out = next();
    else throw new Error(`Unknown argument ${arg}`);
  }
  if (!options.fed) {
    const candidates = ['Release', 'Debug'].map((c) => join(repoRoot, 'cli', 'Federation.Cli', 'bin', c, 'net10.0', 'fed.dll'));
    options.fed = candidates.find((c) => existsSync(c)) ?? candidates[0];
  }
  return options;
}

export const introspectionQuery = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

function readCorpus(dir, filter) {
  const cases = [];
  const seen = new Set();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      let testCase;
      try {
        testCase = JSON.parse(line);
      } catch (e) {
        throw new Error(`${file}:${index + 1}: not JSON: ${e.message}`);
      }
      if (typeof testCase.id !== 'string') throw new Error(`${file}:${index + 1}: case without a string id`);
      if (seen.has(testCase.id)) throw new Error(`${file}:${index + 1}: duplicate id ${testCase.id}`);
      seen.add(testCase.id);
      if (testCase.query === INTROSPECTION) testCase.query = introspectionQuery;
      if (!filter || testCase.id.startsWith(filter)) cases.push(testCase);
    });
  }
  return cases;
}

function runFed(fedDll, cases) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('dotnet', [fedDll, 'exec', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      resolvePromise({ code, stdout, stderr });
    });
    child.stdin.end(cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
  });
}

const show = (v) => (v === undefined ? '(absent)' : JSON.stringify(v, null, 2));

// Strict comparison with key order: JSON.stringify keeps insertion order, parsing both sides normalized numbers.
const sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);

function compareErrors(label, expected, actual, problems, messages) {
  if (expected === undefined && actual === undefined) return;
  if (expected === undefined || actual === undefined) {
    problems.push(`${label}: expected ${show(expected)}, got ${show(actual)}`);
    return;
  }
  if (expected.length !== actual.length) {
    problems.push(`${label}: expected ${expected.length} error(s), got ${actual.length}\n  graphql-js: ${show(expected.map((e) => e.message ?? e))}\n  fed:        ${show(actual.map((e) => e.message ?? e))}`);
  }
  const n = Math.min(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    const e = expected[i];
    const a = actual[i];
    const eMessage = typeof e === 'string' ? e : e.message;
    const aMessage = typeof a === 'string' ? a : a?.message;
    messages.push({ expected: eMessage, actual: aMessage });
    if (typeof e === 'string') continue;
    if (!isDeepStrictEqual(e.locations, a?.locations)) {
      problems.push(`${label}[${i}].locations: expected ${JSON.stringify(e.locations)}, got ${JSON.stringify(a?.locations)} (message: ${eMessage})`);
    }
    if (!isDeepStrictEqual(e.path, a?.path)) {
      problems.push(`${label}[${i}].path: expected ${JSON.stringify(e.path)}, got ${JSON.stringify(a?.path)} (message: ${eMessage})`);
    }
  }
}

function compareResult(label, expected, actual, problems, messages) {
  compareErrors(`${label}errors`, expected.errors, actual.errors, problems, messages);
  if ('data' in expected !== 'data' in actual) {
    problems.push(`${label}data: expected ${'data' in expected ? 'present' : 'absent'}, got ${'data' in actual ? 'present' : 'absent'}`);
  } else if (!sameJson(expected.data, actual.data)) {
    problems.push(`${label}data differs\n  graphql-js: ${JSON.stringify(expected.data)}\n  fed:        ${JSON.stringify(actual.data)}`);
  }
}

export function compareCase(expected, actual) {
  const problems = [];
  const messages = [];
  if (actual === undefined) return { problems: ['no answer from fed'], messages };
  if (actual.crash !== undefined) problems.push(`fed crashed: ${actual.crash}`);
  compareErrors('schemaErrors', expected.schemaErrors, actual.schemaErrors, problems, messages);
  if (expected.valid !== actual.valid) problems.push(`valid: expected ${show(expected.valid)}, got ${show(actual.valid)}`);
  if (expected.printed !== actual.printed) {
    problems.push(`printed text differs\n--- graphql-js\n${expected.printed ?? '(absent)'}\n+++ fed\n${actual.printed ?? '(absent)'}`);
  }
  if ('events' in expected || 'events' in actual) {
    const e = expected.events ?? [];
    const a = actual.events ?? [];
    if (!('events' in expected) || !('events' in actual)) problems.push(`events: expected ${show(expected.events)}, got ${show(actual.events)}`);
    if (e.length !== a.length) problems.push(`events: expected ${e.length}, got ${a.length}`);
    for (let i = 0; i < Math.min(e.length, a.length); i++) compareResult(`events[${i}].`, e[i], a[i], problems, messages);
  }
  compareResult('', expected, actual, problems, messages);
  return { problems, messages };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const cases = readCorpus(options.corpus, options.filter);
  if (!existsSync(options.fed)) {
    console.log(`fed.dll not found at ${options.fed} (build the solution first or pass --fed)`);
    console.log(`0 passed, ${cases.length} failed`);
    process.exit(1);
  }

  const expected = [];
  for (const c of cases) expected.push(await runOracle(c));

  const fed = await runFed(options.fed, cases);
  const answers = new Map();
  const stray = [];
  for (const line of fed.stdout.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const answer = JSON.parse(line);
      answers.set(answer.id, answer);
    } catch {
      stray.push(line);
    }
  }
  if (fed.code !== 0) console.log(`fed exited with code ${fed.code}${fed.stderr ? `: ${fed.stderr.trim().split('\n').slice(0, 5).join(' | ')}` : ''}`);
  if (stray.length > 0) console.log(`fed wrote ${stray.length} line(s) that are not JSON, first: ${stray[0].slice(0, 200)}`);

  let passed = 0;
  let failed = 0;
  let messageTotal = 0;
  let messageMatch = 0;
  const mismatches = [];
  const byArea = new Map();
  for (let i = 0; i < cases.length; i++) {
    const id = cases[i].id;
    const { problems, messages } = compareCase(expected[i], answers.get(id));
    for (const m of messages) {
      messageTotal++;
      if (m.expected === m.actual) messageMatch++;
      else mismatches.push(`${id}\n  graphql-js: ${m.expected}\n  fed:        ${m.actual}`);
    }
    if (problems.length === 0) {
      passed++;
    } else {
      failed++;
      const area = id.split('.').slice(0, 2).join('.');
      byArea.set(area, (byArea.get(area) ?? 0) + 1);
      console.log(`FAIL ${id}: ${problems.join('\n    ').replaceAll('\n', '\n    ')}`);
    }
  }

  mkdirSync(options.out, { recursive: true });
  writeFileSync(join(options.out, 'message-mismatches.txt'), mismatches.join('\n') + (mismatches.length ? '\n' : ''));
  writeFileSync(join(options.out, 'differential-expected.jsonl'), expected.map((e) => JSON.stringify(e)).join('\n') + '\n');
  writeFileSync(join(options.out, 'differential-actual.jsonl'), fed.stdout);
  if (byArea.size > 0) {
    const top = [...byArea].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}: ${v}`).join(', ');
    console.log(`failures by area: ${top}`);
  }
  const share = messageTotal === 0 ? 100 : (100 * messageMatch) / messageTotal;
  console.log(`messages matching graphql-js: ${messageMatch}/${messageTotal} (${share.toFixed(1)}%), mismatches in ${join(options.out, 'message-mismatches.txt')}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.log(`differential runner crashed: ${e.stack ?? e}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  });
}
