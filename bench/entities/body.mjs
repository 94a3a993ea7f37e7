// Writes the benchmark request to stdout: _entities with N (default 100) Product representations as the gateway
// sends them to inventory for `shippingEstimate` (the key upc plus the @requires fields price and weight).
const count = Number(process.argv[2] ?? 100);
const products = [['1', 899, 100], ['2', 1299, 1000], ['3', 15, 20], ['4', 499, 100], ['5', 1299, 1000],
  ['6', 6999, 300], ['7', 3999, 2000], ['8', 100000, 6000], ['9', 9999, 800]];
const representations = Array.from({ length: count }, (_, i) => {
  const [upc, price, weight] = products[i % products.length];
  return { __typename: 'Product', upc, price, weight };
});
const query = 'query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on Product { upc inStock shippingEstimate } } }';
process.stdout.write(JSON.stringify({ query, variables: { representations } }));
