// Writes graphql-js 17.1.0's introspection result for each *.graphql beside it, and the introspection query texts
// (every option on, and the defaults) that IntrospectionQueryTextTests compare Federation's IntrospectionQuery with.
const g = require('graphql');
const fs = require('fs');
const path = require('path');
const dir = process.argv[2];
const query = g.getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true,
  schemaDescription: true, inputValueDeprecation: true, oneOf: true });
fs.writeFileSync(path.join(dir, 'introspection-query.graphql'), query);
// graphql-js's defaults (descriptions only): IntrospectionQuery.Create(new IntrospectionQueryOptions()) must equal it.
fs.writeFileSync(path.join(dir, 'introspection-query.defaults.graphql'), g.getIntrospectionQuery());
for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.graphql') && !f.startsWith('introspection-query'))) {
  const schema = g.buildSchema(fs.readFileSync(path.join(dir, file), 'utf8'));
  const result = g.graphqlSync({ schema, source: query });
  if (result.errors) throw new Error(file + ': ' + JSON.stringify(result.errors));
  fs.writeFileSync(path.join(dir, file.replace(/\.graphql$/, '.introspection.json')), JSON.stringify(result, null, 2) + '\n');
}
