// The benchmark's inventory subgraph on node: @apollo/subgraph + @apollo/server (standalone), the same SDL and data as
// bench/Subgraphs/Inventory.cs. Usage: node server.mjs [port]   (0 = a free port); prints "Listening on <url>".
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

const typeDefs = parse(`
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@external", "@requires"])

  type Product @key(fields: "upc") {
    upc: String!
    weight: Int @external
    price: Int @external
    inStock: Boolean
    shippingEstimate: Int @requires(fields: "price weight")
  }
`);

const inStock = { 1: true, 2: false, 3: false, 4: false, 5: true, 6: true, 7: true, 8: false, 9: true };

const resolvers = {
  Product: {
    __resolveReference(reference) {
      if (!(reference.upc in inStock)) return null;
      return { upc: reference.upc, price: reference.price, weight: reference.weight, inStock: inStock[reference.upc] };
    },
    // As upstream: the estimate ignores the price and weight it receives.
    shippingEstimate: () => null,
  },
};

const server = new ApolloServer({ schema: buildSubgraphSchema([{ typeDefs, resolvers }]) });
const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: Number(process.argv[2] ?? 0) } });
console.log(`Listening on ${url.replace(/\/$/, '')}`);
