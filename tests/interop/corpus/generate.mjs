// Writes the corpus files (*.jsonl, one case per line) from the compact tables in gen/.
// Run: node tests/interop/corpus/generate.mjs   (the generated files are committed; the runner never regenerates)
import { writeFileSync, readdirSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import syntax from './gen/syntax.mjs';
import validation from './gen/validation.mjs';
import execution from './gen/execution.mjs';
import typeSystem from './gen/typesystem.mjs';
import adversarial from './gen/adversarial.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const files = new Map();
const counters = new Map();

/** Adds a case to a file; the id is `${prefix}.${n}` numbered per prefix. */
function add(file, prefix, testCase) {
  const n = (counters.get(prefix) ?? 0) + 1;
  counters.set(prefix, n);
  if (!files.has(file)) files.set(file, []);
  files.get(file).push({ id: `${prefix}.${n}`, ...testCase });
}

for (const area of [syntax, validation, execution, typeSystem, adversarial]) area(add);

for (const f of readdirSync(here).filter((f) => f.endsWith('.jsonl'))) unlinkSync(join(here, f));
let total = 0;
for (const [file, cases] of files) {
  writeFileSync(join(here, file), cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
  total += cases.length;
  console.log(`${file}: ${cases.length}`);
}
console.log(`total: ${total}`);
