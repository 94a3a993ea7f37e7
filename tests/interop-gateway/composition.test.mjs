// Two composers over our subgraphs' `_service { sdl }`: Apollo's (@apollo/composition) and The Guild's
// (@theguild/federation-composition), both pinned. Subgraphs: the four of bench/Subgraphs and the three test
// subgraphs of tests/interop-subgraph/host (products v2.3 with renamed imports, inventory v2.7, code-first reviews v2.6).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'graphql';
import { composeServices as apolloCompose } from '@apollo/composition';
import { composeServices as guildCompose } from '@theguild/federation-composition';
import { serviceSdls, startBenchSubgraphs } from './bench-subgraphs.mjs';
import { startSubgraph } from '../interop-subgraph/subgraphs.mjs';

const composers = { apollo: apolloCompose, guild: guildCompose };
let bench;
let hosts = [];
let benchSdls;
let hostSdls;

before(async () => {
  [bench, ...hosts] = await Promise.all([startBenchSubgraphs(), ...['products', 'inventory', 'reviews'].map((name) => startSubgraph(name))]);
  benchSdls = await serviceSdls(bench.subgraphs);
  hostSdls = await serviceSdls(hosts);
});
after(async () => { await Promise.all([bench?.stop(), ...hosts.map((h) => h.stop())]); });

function compose(composer, sdls) {
  const result = composers[composer](sdls.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  const errors = result.errors ?? [];
  return { errors, supergraph: result.supergraphSdl };
}

for (const composer of Object.keys(composers)) {
  test(`${composer}: the four benchmark subgraphs compose without errors`, () => {
    const { errors, supergraph } = compose(composer, benchSdls);
    assert.deepEqual(errors.map((e) => e.message), []);
    assert.match(supergraph, /shippingEstimate: Int @join__field\(graph: INVENTORY, requires: "price weight"\)/);
    assert.match(supergraph, /author: User @join__field\(graph: REVIEWS, provides: "username"\)/);
    assert.match(supergraph, /topProducts\(first: Int = 5\): \[Product\] @join__field\(graph: PRODUCTS\)/);
    for (const name of ['ACCOUNTS', 'INVENTORY', 'PRODUCTS', 'REVIEWS']) assert.match(supergraph, new RegExp(`${name} @join__graph\\(`));
  });

  test(`${composer}: the interop-subgraph test subgraphs compose without errors`, () => {
    const { errors, supergraph } = compose(composer, hostSdls);
    assert.deepEqual(errors.map((e) => e.message), []);
    assert.match(supergraph, /shippingEstimate: Int @join__field\(graph: INVENTORY, requires: "price weight"\)/);
    assert.match(supergraph, /type Review\s/);
  });

  test(`${composer}: inventory resolving price itself (no @external) fails composition (the check can fail)`, () => {
    const broken = benchSdls.map((s) => s.name !== 'inventory' ? s : { ...s, sdl: s.sdl.replace('price: Int @external', 'price: Int') });
    assert.notEqual(broken.find((s) => s.name === 'inventory').sdl, benchSdls.find((s) => s.name === 'inventory').sdl);
    const { errors } = compose(composer, broken);
    assert.ok(errors.length > 0, 'expected a composition error');
    assert.ok(errors.some((e) => e.message.includes('Product.price')), errors.map((e) => e.message).join('\n'));
  });
}
