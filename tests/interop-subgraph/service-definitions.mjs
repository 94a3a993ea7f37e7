// The subgraphs' `_service { sdl }` as composeServices takes them (kept apart from subgraphs.mjs, which
// tests/interop-gateway imports without this folder's packages).
import { parse } from 'graphql';
import { post } from './subgraphs.mjs';

/** Each subgraph's `_service { sdl }`, parsed, as composeServices takes it; a subgraph that answers errors throws. */
export async function serviceDefinitions(subgraphs) {
  return Promise.all(subgraphs.map(async ({ name, url }) => {
    const body = await post(url, '{ _service { sdl } }');
    if (body.errors || !body.data?._service) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
    return { name, url, typeDefs: parse(body.data._service.sdl) };
  }));
}
