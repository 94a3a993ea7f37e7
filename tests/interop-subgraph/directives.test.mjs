// Composes the "catalog" subgraph (code first, federation v2.9: @authenticated, @requiresScopes, @policy, @cost,
// @listSize, @context/@fromContext, a composed custom @myDirective, the entity interface Inventory) with the "media"
// subgraph (schema first, @interfaceObject Inventory) using Apollo's composition, and checks that the supergraph keeps
// the directives; then asks both subgraphs for entities the way the query planner does.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, print } from 'graphql';
import { composeServices } from '@apollo/composition';
import { post, startSubgraph } from './subgraphs.mjs';
import { serviceDefinitions } from './service-definitions.mjs';

let subgraphs = [];

before(async () => { subgraphs = await Promise.all(['catalog', 'media'].map((name) => startSubgraph(name))); });
after(async () => { await Promise.all(subgraphs.map((s) => s.stop())); });

const serviceList = () => serviceDefinitions(subgraphs);

function compose(services) {
  const result = composeServices(services);
  assert.equal(result.errors, undefined, (result.errors ?? []).map((e) => e.message).join('\n'));
  return result.supergraphSdl;
}

test('the catalog and media subgraphs compose and the supergraph keeps their directives', async () => {
  const supergraph = compose(await serviceList());
  assert.match(supergraph, /inventory: \[Inventory!\]! @join__field\(graph: CATALOG\) @authenticated @cost\(weight: 5\) @listSize\(assumedSize: 10\)/);
  assert.match(supergraph, /account\(id: ID!\): Account @join__field\(graph: CATALOG\) @requiresScopes\(scopes: \[\["read:account", "read:profile"\], \["admin"\]\]\) @policy\(policies: \[\["accounts"\]\]\)/);
  assert.match(supergraph, /secret: String! @authenticated @policy\(policies: \[\["owner", "audited"\]\]\)/);
  assert.match(supergraph, /pages: Int! @cost\(weight: 2\)/);
  assert.match(supergraph, /@link\(url: "https:\/\/myspecs\.dev\/myDirective\/v1\.0", import: \["@myDirective"\]\)/);
  assert.match(supergraph, /type Account\s+@join__type\(graph: CATALOG, key: "id"\)\s+@context\(name: "catalog__accountContext"\)\s+@myDirective\(a: "account"\)/);
  assert.match(supergraph, /amount: Int! @join__field\(graph: CATALOG, contextArguments: \[\{context: "catalog__accountContext", name: "currency", type: "String", selection: " \{ currency \}"\}\]\)/);
  assert.match(supergraph, /interface Inventory\s+@join__type\(graph: CATALOG, key: "id"\)\s+@join__type\(graph: MEDIA, key: "id", isInterfaceObject: true\)/);
  // @interfaceObject's field reaches every implementation of the entity interface.
  assert.match(supergraph, /type Dvd implements Inventory[^}]*rating: Int @join__field\n/);
});

test('without @composeDirective the custom directive is dropped from the supergraph (the check can fail)', async () => {
  const services = await serviceList();
  const catalog = services.find((s) => s.name === 'catalog');
  const sdl = print(catalog.typeDefs).replace(/\s*@composeDirective\(name: "@myDirective"\)/, '');
  assert.ok(!sdl.includes('@composeDirective('));
  const supergraph = compose(services.map((s) => s === catalog ? { ...s, typeDefs: parse(sdl) } : s));
  assert.doesNotMatch(supergraph, /@myDirective\(a: "account"\)/);
  assert.match(supergraph, /@authenticated/);
});

test('an @interfaceObject with no entity interface of that name in another subgraph fails composition', async () => {
  const services = await serviceList();
  const broken = services.map((s) => s.name !== 'media' ? s : {
    ...s,
    typeDefs: parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@interfaceObject"])
      type Stock @key(fields: "id") @interfaceObject { id: ID! rating: Int }
      type Query { stock: Stock }
    `),
  });
  const result = composeServices(broken);
  assert.ok(result.errors?.length > 0);
  assert.match(result.errors.map((e) => e.message).join("\n"), /Type "Stock" is declared with @interfaceObject in all the subgraphs/);
});

test('_entities resolves the entity interface to its implementations and the @interfaceObject as an entity', async () => {
  const [catalog, media] = subgraphs;
  const fromCatalog = await post(catalog.url,
    'query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Inventory { id title } ... on Dvd { minutes } ... on Transaction { amount(currency: "EUR") } } }',
    { r: [{ __typename: 'Inventory', id: 'd1' }, { __typename: 'Inventory', id: 'b1' }, { __typename: 'Inventory', id: 'none' }, { __typename: 'Transaction', id: 't1' }] });
  assert.deepEqual(fromCatalog.data._entities, [
    { __typename: 'Dvd', id: 'd1', title: 'Alien', minutes: 117 },
    { __typename: 'Book', id: 'b1', title: 'Dune' },
    null,
    { __typename: 'Transaction', amount: 100 },
  ]);
  assert.deepEqual(fromCatalog.errors.map((e) => e.path), [['_entities', 2]]);

  const fromMedia = await post(media.url,
    'query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Inventory { id rating } } }',
    { r: [{ __typename: 'Inventory', id: 'b1' }, { __typename: 'Inventory', id: 'd1' }] });
  assert.deepEqual(fromMedia, { data: { _entities: [
    { __typename: 'Inventory', id: 'b1', rating: 5 },
    { __typename: 'Inventory', id: 'd1', rating: 3 },
  ] } });
});
