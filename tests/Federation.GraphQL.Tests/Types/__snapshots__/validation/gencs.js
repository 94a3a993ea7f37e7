// Emits C# MemberData rows: (name, sdl, expected[]) from the case files above.
const fs = require('fs');
function emit(file, fnName) {
  const src = fs.readFileSync(file, 'utf8');
  const m = src.match(/const cases = (\{[\s\S]*?\n\});/);
  const cases = eval('(' + m[1] + ')');
  return cases;
}
const {buildSchema, validateSchema, parse} = require('graphql');
const {validateSDL} = require('graphql/validation/validate.js');
const cs = (s) => JSON.stringify(s);
const sv = emit('sv.js');
let out = 'public static TheoryData<string, string, string[]> SchemaCases => new()\n{\n';
for (const [k, s] of Object.entries(sv)) {
  if (k === 'directiveNoLocations') continue;
  const msgs = validateSchema(buildSchema(s)).map(e => e.message);
  out += `    { ${cs(k)}, ${cs(s)}, [${msgs.map(cs).join(', ')}] },\n`;
}
out += '};\n\n';
const sd = emit('sdl.js');
out += 'public static TheoryData<string, string, string[]> SdlCases => new()\n{\n';
for (const [k, s] of Object.entries(sd)) {
  const msgs = validateSDL(parse(s)).map(e => e.message + ' @' + e.locations.map(l => `${l.line}:${l.column}`).join(','));
  out += `    { ${cs(k)}, ${cs(s)}, [${msgs.map(cs).join(', ')}] },\n`;
}
out += '};\n';
console.log(out);
