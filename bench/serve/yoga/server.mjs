// graphql-yoga serving bench/serve/schema.graphql over the same root data as `fed serve --root root.json`.
// Prints "Listening on http://127.0.0.1:<port>" like fed serve. Usage: node server.mjs <port>
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSchema, createYoga } from 'graphql-yoga';

const dir = join(import.meta.dirname, '..');
const root = JSON.parse(readFileSync(join(dir, 'root.json'), 'utf8'));
const yoga = createYoga({
  schema: createSchema({
    typeDefs: readFileSync(join(dir, 'schema.graphql'), 'utf8'),
    resolvers: { Query: { hello: () => root.hello, items: () => root.items } },
  }),
  graphiql: false,
  logging: false,
  landingPage: false,
});
const server = createServer(yoga);
server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
  console.log(`Listening on http://127.0.0.1:${server.address().port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
