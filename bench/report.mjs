// Builds bench/RESULTS.md from BenchmarkDotNet's JSON export and bench/graphqljs/bench.mjs's JSON output.
// No number in RESULTS.md is typed by hand: every figure comes from those two files.
//
//   node report.mjs --bdn <BenchmarkDotNet results dir> --node <graphqljs.json> [--verify <verify.txt>] --out RESULTS.md
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const bdnDir = arg('--bdn');
const nodeFile = arg('--node');
const verifyFile = arg('--verify');
const outFile = arg('--out', 'RESULTS.md');
const commands = arg('--commands', '').split('\n').filter(Boolean);

const PARSE_GOAL = 5;
const EXECUTE_GOAL = 3;

// case | Federation benchmark (Type.Method) | graphql-js case | goal
const rows = [
  ['Parse kitchen-sink query (string)', 'ParseBenchmarks.KitchenSink_String', 'Parse/KitchenSink', PARSE_GOAL],
  ['Parse kitchen-sink query (UTF-8 bytes)', 'ParseBenchmarks.KitchenSink_Utf8', 'Parse/KitchenSink', PARSE_GOAL],
  ['Parse introspection query (string)', 'ParseBenchmarks.Introspection_String', 'Parse/Introspection', PARSE_GOAL],
  ['Parse introspection query (UTF-8 bytes)', 'ParseBenchmarks.Introspection_Utf8', 'Parse/Introspection', PARSE_GOAL],
  ['Parse + validate kitchen-sink (string)', 'ValidateBenchmarks.ParseValidate_KitchenSink', 'ParseValidate/KitchenSink', PARSE_GOAL],
  ['Parse + validate kitchen-sink (UTF-8 bytes)', 'ValidateBenchmarks.ParseValidate_KitchenSink_Utf8', 'ParseValidate/KitchenSink', PARSE_GOAL],
  ['Parse + validate introspection query', 'ValidateBenchmarks.ParseValidate_Introspection', 'ParseValidate/Introspection', PARSE_GOAL],
  ['Validate only: kitchen-sink', 'ValidateBenchmarks.Validate_KitchenSink', 'Validate/KitchenSink', PARSE_GOAL],
  ['Validate only: introspection query', 'ValidateBenchmarks.Validate_Introspection', 'Validate/Introspection', PARSE_GOAL],
  ['Execute 1,000 products + JSON (CLR objects)', 'ExecuteBenchmarks.Products_Objects_Json', 'Execute/Products/Json', EXECUTE_GOAL],
  ['Execute 1,000 products, no serialization (CLR objects)', 'ExecuteBenchmarks.Products_Objects_NoSerialization', 'Execute/Products/NoSerialization', EXECUTE_GOAL],
  ['Execute 1,000 products + JSON (dictionaries)', 'ExecuteBenchmarks.Products_Dictionaries_Json', 'Execute/Products/Json', EXECUTE_GOAL],
  ['Execute 1,000 products, no serialization (dictionaries)', 'ExecuteBenchmarks.Products_Dictionaries_NoSerialization', 'Execute/Products/NoSerialization', EXECUTE_GOAL],
  ['Introspection query over kitchen-sink schema + JSON', 'IntrospectionBenchmarks.Introspection_Json', 'Introspection/Json', EXECUTE_GOAL],
];

function loadBenchmarkDotNet(dir) {
  const byKey = new Map();
  let host = null;
  for (const file of readdirSync(dir).filter((f) => /-report.*\.json$/.test(f))) {
    const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    host ??= report.HostEnvironmentInfo;
    for (const b of report.Benchmarks ?? []) {
      const type = b.Type.split('.').pop();
      byKey.set(`${type}.${b.Method}`, b);
    }
  }
  return { byKey, host };
}

function formatTime(ns) {
  if (ns == null || Number.isNaN(ns)) return 'n/a';
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(0)} ns`;
}

function formatBytes(bytes) {
  if (bytes == null) return 'n/a';
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

function shell(command) {
  try {
    return execSync(command, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

const { byKey, host } = loadBenchmarkDotNet(bdnDir);
const node = JSON.parse(readFileSync(nodeFile, 'utf8'));

const table = [
  '| case | Federation mean | graphql-js mean | ratio (graphql-js / Federation) | Federation allocated | goal | met? |',
  '|---|---:|---:|---:|---:|---:|:---:|',
];
let met = 0;
let measured = 0;
for (const [label, key, nodeCase, goal] of rows) {
  const b = byKey.get(key);
  const n = node.cases[nodeCase];
  const fedMean = b?.Statistics?.Mean;
  const jsMean = n?.meanNs;
  const ratio = fedMean && jsMean ? jsMean / fedMean : null;
  const ok = ratio != null && ratio >= goal;
  if (ratio != null) {
    measured++;
    if (ok) met++;
  }
  table.push(
    `| ${label} | ${formatTime(fedMean)} | ${formatTime(jsMean)} | ${ratio == null ? 'n/a' : ratio.toFixed(2) + 'x'} | ` +
      `${formatBytes(b?.Memory?.BytesAllocatedPerOperation)} | ≥ ${goal}x | ${ratio == null ? 'not measured' : ok ? 'yes' : 'no'} |`,
  );
}

const cpuModel = shell("lscpu | sed -n 's/^Model name: *//p' | head -1");
const cores = shell('nproc');
const smoke = node.quick || [...byKey.values()].some((b) => /Dry/.test(b.DisplayInfo ?? ''));
const lines = [
  '# Federation vs graphql-js: benchmark results',
  '',
  ...(smoke ? ['**SMOKE RUN (BenchmarkDotNet dry job / node --quick): cold single iterations, the numbers mean nothing.**', ''] : []),
  'Generated by `bench/run.sh` (table computed by `bench/report.mjs` from BenchmarkDotNet\'s JSON export and',
  '`bench/graphqljs/bench.mjs`\'s JSON output; no figure is typed by hand). Inputs: `bench/data/`.',
  '',
  `- Date: ${new Date().toISOString()}`,
  `- Machine: ${cpuModel}, ${cores} logical cores (\`lscpu\`, \`nproc\`), ${host?.OsVersion ?? ''}; load average at start ${process.env.LOAD_AT_START ?? 'unknown'}, at report time ${shell("cut -d' ' -f1-3 /proc/loadavg")}`,
  `- .NET: SDK ${shell('dotnet --version')}, runtime ${host?.RuntimeVersion ?? 'unknown'}, ${host?.Architecture ?? ''} ` +
    `(BenchmarkDotNet ${host?.BenchmarkDotNetVersion ?? 'unknown'}, ${host?.HasAttachedDebugger ? 'debugger attached!' : 'no debugger'})`,
  `- Node: ${node.node}, graphql-js ${node.graphqlVersion} (warm-up ${node.warmupMs} ms, ${node.rounds} rounds of ${node.roundMs} ms per case; mean over the rounds left after removing upper outliers, as BenchmarkDotNet does)`,
  `- Goals met: ${met} of ${measured} measured cases`,
  '',
  ...table,
  '',
  'Ratio = graphql-js mean / Federation mean (higher is better for Federation). Goal: parse and validate ≥ 5x,',
  'execution (including introspection) ≥ 3x. graphql-js has one parse per document (JavaScript strings); both the',
  'string and UTF-8 Federation variants are compared with it. graphql-js execution reads plain JS objects, which',
  'play the part of both the CLR-object and the dictionary variants.',
  '',
];

if (verifyFile && existsSync(verifyFile)) {
  lines.push('## Same work on both sides', '', '```', readFileSync(verifyFile, 'utf8').trim(), '```', '');
}

lines.push('## Federation details (BenchmarkDotNet)', '', '| benchmark | mean | std dev | Gen0/1k ops | allocated/op |', '|---|---:|---:|---:|---:|');
for (const [key, b] of [...byKey.entries()].sort()) {
  lines.push(
    `| ${key} | ${formatTime(b.Statistics?.Mean)} | ${formatTime(b.Statistics?.StandardDeviation)} | ` +
      `${gen0PerThousand(b)} | ${formatBytes(b.Memory?.BytesAllocatedPerOperation)} |`,
  );
}
lines.push('', '## graphql-js details', '', '| case | mean (upper outlier rounds removed) | std dev of kept rounds | mean of all rounds | best round | rounds kept | operations timed |', '|---|---:|---:|---:|---:|---:|---:|');
for (const [name, c] of Object.entries(node.cases)) {
  lines.push(`| ${name} | ${formatTime(c.meanNs)} | ${formatTime(c.stdDevNs)} | ${formatTime(c.rawMeanNs)} | ${formatTime(c.minRoundNs)} | ${c.roundsKept ?? 'all'} | ${c.operations} |`);
}

if (commands.length > 0) {
  lines.push('', '## Commands that produced this file', '', '```sh', ...commands, '```', '');
}

function gen0PerThousand(b) {
  const m = b.Memory;
  if (!m || m.TotalOperations == null || m.TotalOperations === 0) return 'n/a';
  return ((m.Gen0Collections / m.TotalOperations) * 1000).toFixed(2);
}

// Other benchmarks (serving, Redis, ...) keep their own sections between <!-- name:start --> / <!-- name:end --> markers;
// this report rewrites only the engine part above them and carries those sections over unchanged.
const kept = existsSync(outFile)
  ? [...readFileSync(outFile, 'utf8').matchAll(/<!-- ([\w-]+):start -->[\s\S]*?<!-- \1:end -->/g)].map((m) => m[0])
  : [];
writeFileSync(outFile, [lines.join('\n').trimEnd(), ...kept].join('\n\n') + '\n');
process.stderr.write(`wrote ${outFile}: ${met}/${measured} goals met\n`);
