// Composes the test subgraphs' `_service { sdl }` with Apollo's composition (@apollo/composition, pinned) and checks
// the supergraph: schema-first (products v2.3 with a renamed and a namespaced directive, inventory v2.7 without a Query
// type) and code-first (reviews v2.6) subgraphs served by Federation.Subgraph over HTTP.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';
import { post, startSubgraph } from './subgraphs.mjs';
import { serviceDefinitions } from './service-definitions.mjs';

const names = ['products', 'inventory', 'reviews'];
let subgraphs = [];

before(async () => { subgraphs = await Promise.all(names.map((name) => startSubgraph(name))); });
after(async () => { await Promise.all(subgraphs.map((s) => s.stop())); });

const serviceList = () => serviceDefinitions(subgraphs);

test('the subgraphs compose into a supergraph without errors', async () => {
  const result = composeServices(await serviceList());
  assert.equal(result.errors, undefined, (result.errors ?? []).map((e) => e.message).join('\n'));
  const supergraph = result.supergraphSdl;
  assert.match(supergraph, /type Product\s/);
  assert.match(supergraph, /shippingEstimate: Int @join__field\(graph: INVENTORY, requires: "price weight"\)/);
  assert.match(supergraph, /reviews: \[Review!\]! @join__field\(graph: REVIEWS\)/);
  assert.match(supergraph, /topProducts\(first: Int = 5\): \[Product!\]! @join__field\(graph: PRODUCTS\)/);
});

test('a subgraph missing an entity key field fails composition (the check can fail)', async () => {
  const services = await serviceList();
  const broken = services.map((s) => s.name !== 'inventory' ? s : {
    ...s,
    typeDefs: parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Product @key(fields: "upc") { upc: Int! inStock: Boolean }
    `),
  });
  const result = composeServices(broken);
  assert.ok(result.errors?.length > 0);
});

test('_entities answers representations from every subgraph in order, as the query planner sends them', async () => {
  const [products, inventory, reviews] = subgraphs;
  const fromProducts = await post(products.url,
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { upc name price weight } } }',
    { r: [{ __typename: 'Product', upc: '2' }, { __typename: 'Product', upc: '1' }, { __typename: 'Product', upc: 'none' }] });
  assert.deepEqual(fromProducts.data._entities.slice(0, 2), [
    { upc: '2', name: 'Couch', price: 1299, weight: 1000 },
    { upc: '1', name: 'Table', price: 899, weight: 100 },
  ]);
  assert.equal(fromProducts.data._entities[2], null);
  assert.deepEqual(fromProducts.errors.map((e) => e.path), [['_entities', 2]]);

  const fromInventory = await post(inventory.url,
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { inStock shippingEstimate } } }',
    { r: [{ __typename: 'Product', upc: '1', price: 899, weight: 100 }, { __typename: 'Product', upc: '2', price: 1299, weight: 1000 }] });
  assert.deepEqual(fromInventory, { data: { _entities: [{ inStock: true, shippingEstimate: 50 }, { inStock: true, shippingEstimate: 0 }] } });

  const fromReviews = await post(reviews.url,
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { reviews { id body } } ... on Review { body } } }',
    { r: [{ __typename: 'Product', upc: '1' }, { __typename: 'Review', id: '2' }] });
  assert.deepEqual(fromReviews, { data: { _entities: [
    { reviews: [{ id: '1', body: 'Love it!' }, { id: '3', body: 'Could be better.' }] },
    { body: 'Too expensive.' },
  ] } });
});
