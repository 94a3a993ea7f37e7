const g = require('graphql');
const out = [];
const typeMap = g.buildSchema('type Query { a: Int }').getTypeMap();
for (const t of Object.values(typeMap).filter(t => t.name.startsWith('__'))) {
  const e = { name: t.name, kind: g.isEnumType(t) ? 'ENUM' : 'OBJECT', description: t.description };
  if (g.isEnumType(t)) e.values = t.getValues().map(v => ({ name: v.name, description: v.description }));
  else e.fields = Object.values(t.getFields()).map(f => ({
    name: f.name, description: f.description ?? null, type: String(f.type),
    args: f.args.map(a => ({ name: a.name, type: String(a.type), defaultValue: (() => { const ast = g.getDefaultValueAST ? null : null; return a.default ? g.print(g.valueToLiteral(a.default.value, a.type)) : null; })() })),
  }));
  out.push(e);
}
for (const f of [g.SchemaMetaFieldDef, g.TypeMetaFieldDef, g.TypeNameMetaFieldDef]) {
  out.push({ name: f.name, kind: 'META_FIELD', description: f.description, type: String(f.type), args: f.args.map(a => ({ name: a.name, type: String(a.type), defaultValue: null })) });
}
console.log(JSON.stringify(out, null, 2));
