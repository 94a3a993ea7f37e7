// Regenerates the expected printSchema output with graphql-js 17.1.0: node gen.js (from /tmp/gjs for its node_modules).
const fs = require('fs');
const path = require('path');
const { buildSchema, printSchema } = require('/tmp/gjs/node_modules/graphql');
for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.input.graphql'))) {
  const sdl = fs.readFileSync(path.join(__dirname, f), 'utf8');
  fs.writeFileSync(path.join(__dirname, f.replace('.input.graphql', '.expected.graphql')), printSchema(buildSchema(sdl)));
}
