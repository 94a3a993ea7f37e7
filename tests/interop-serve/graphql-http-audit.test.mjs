// graphql-http's server audits (GraphQL over HTTP conformance), every MUST, SHOULD and MAY, against `fed serve`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serverAudits } from 'graphql-http';
import { startServer } from './server.mjs';

const here = import.meta.dirname;
let server;

before(async () => {
  server = await startServer(['--schema', join(here, 'audit-schema.graphql'), '--root', join(here, 'audit-root.json')]);
});

after(async () => {
  const exit = await server?.stop();
  assert.equal(exit, 0, `fed serve should stop cleanly on SIGTERM (stderr: ${server?.stderr()})`);
});

describe('graphql-http server audits', () => {
  // Built lazily: the URL is known once the server runs.
  const audits = serverAudits({ url: () => `${server.url}/graphql`, fetchFn: fetch });
  for (const audit of audits) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      assert.equal(result.status, 'ok', `${result.status}: ${result.reason ?? ''}`);
    });
  }
});
