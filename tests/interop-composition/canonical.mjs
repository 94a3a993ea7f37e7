// Canonical form of a supergraph for comparison: every definition by kind and name, with fields, arguments, enum
// values, union members, interfaces and directive applications as sorted sets (descriptions included).
import { parse, print } from 'graphql';

const sorted = (items) => [...items].sort();
const directives = (node) => sorted((node.directives ?? []).map((d) => print(d)));
const description = (node) => node.description?.value ?? null;

function inputValue(v) {
  return { name: v.name.value, description: description(v), type: print(v.type), default: v.defaultValue ? print(v.defaultValue) : null, directives: directives(v) };
}

function field(f) {
  return {
    name: f.name.value,
    description: description(f),
    type: print(f.type),
    args: (f.arguments ?? []).map(inputValue).sort((a, b) => a.name.localeCompare(b.name)),
    directives: directives(f),
  };
}

function definition(d) {
  switch (d.kind) {
    case 'SchemaDefinition':
      return ['schema', { operations: sorted(d.operationTypes.map((o) => `${o.operation}:${o.type.name.value}`)), directives: directives(d) }];
    case 'DirectiveDefinition':
      return [`directive @${d.name.value}`, {
        args: d.arguments.map(inputValue).sort((a, b) => a.name.localeCompare(b.name)),
        repeatable: d.repeatable,
        locations: sorted(d.locations.map((l) => l.value)),
      }];
    default: {
      const body = { kind: d.kind, description: description(d), directives: directives(d) };
      if (d.interfaces) body.interfaces = sorted(d.interfaces.map((i) => i.name.value));
      if (d.types) body.members = sorted(d.types.map((t) => t.name.value));
      if (d.values) body.values = d.values.map((v) => ({ name: v.name.value, description: description(v), directives: directives(v) })).sort((a, b) => a.name.localeCompare(b.name));
      if (d.fields) {
        body.fields = d.fields.map((f) => (d.kind === 'InputObjectTypeDefinition' ? inputValue(f) : field(f))).sort((a, b) => a.name.localeCompare(b.name));
      }
      return [d.name.value, body];
    }
  }
}

/** A map from definition key to its canonical JSON. */
export function canonical(sdl) {
  const map = new Map();
  for (const d of parse(sdl).definitions) {
    const [key, value] = definition(d);
    map.set(key, JSON.stringify(value));
  }
  return map;
}

/** The first difference between two supergraphs in canonical form, or null when they are equal. */
export function firstDifference(expectedSdl, actualSdl) {
  const expected = canonical(expectedSdl);
  const actual = canonical(actualSdl);
  for (const [key, value] of expected) {
    if (!actual.has(key)) return `missing ${key}`;
    if (actual.get(key) !== value) return `${key} differs:\n  apollo: ${value}\n  ours:   ${actual.get(key)}`;
  }
  for (const key of actual.keys()) if (!expected.has(key)) return `extra ${key}`;
  return null;
}
