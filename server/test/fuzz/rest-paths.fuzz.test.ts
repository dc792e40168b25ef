import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzParams, fuzzTimeout } from './fuzz-config';
import { applyQueryMutation, hostileQuery, pathSegment, queryMutationOf } from './http.arbitraries';
import { labelOf, pathOf, type Route, routes } from './rest-routes';
import { type RestWorld, send, startRestWorld } from './rest-world';
import { keysOf } from './schema-keys';
import { fuzzApp } from './socket-fuzz';
import { expectMutatedField, expectTypedHttp } from './typed-errors';

let world: RestWorld;
let watch: ReturnType<typeof fuzzApp>;
beforeAll(async () => {
  world = await startRestWorld();
  watch = fuzzApp(world.t);
});
afterAll(() => world.close());

const JSON_TYPE = { 'content-type': 'application/json' };
/** The valid body, so a refusal can only be about the path or the query. */
const validBody = (route: Route) =>
  route.body ? { body: JSON.stringify(route.body.valid(world.ids)), headers: JSON_TYPE } : {};
const withParams = routes.filter((route) => route.params).map((route) => [labelOf(route), route] as const);
const gets = routes.filter((route) => route.method === 'GET').map((route) => [labelOf(route), route] as const);
const querying = gets.filter(([, route]) => route.query);
/** The period's bounds are checked together: `to` must come after `from`. */
const PERIOD_LINKS = ['from', 'to'];

describe('fuzzing REST paths and queries', () => {
  it.each(querying)('%s: the valid query of the fuzz template is accepted', async (_, route) => {
    const query = new URLSearchParams(route.query?.valid).toString();
    const res = await send(world, route, `${pathOf(route, route.params?.(world.ids) ?? {})}?${query}`);
    expect(res.status, res.text).toBe(200);
  });

  it.each(withParams)(
    '%s: hostile path parameters get a typed answer naming the parameter, never a 500',
    async (label, route) => {
      await fc.assert(
        fc.asyncProperty(pathSegment, async (segment) => {
          watch.begin();
          const path = pathOf(route, { id: segment });
          const context = `${label} ${path}`;
          const res = await send(world, route, path, validBody(route));
          const error = expectTypedHttp(res.status, res.text, context);
          // `path` when the segment does not even decode (a broken percent escape).
          if (error?.code === 'INVALID_INPUT' && error.field !== 'id' && error.field !== 'path')
            throw new Error(`${context}: INVALID_INPUT names "${error.field}", not the parameter "id"`);
          watch.checkLogs(context);
        }),
        fuzzParams(),
      );
      await watch.healthy();
    },
    fuzzTimeout(1),
  );

  it.each(gets)(
    '%s: hostile queries get a typed answer naming a query key, never a 500',
    async (label, route) => {
      const keys = route.query ? keysOf(route.query.schema) : [];
      const base = pathOf(route, route.params?.(world.ids) ?? {});
      await fc.assert(
        fc.asyncProperty(hostileQuery(keys), async (query) => {
          watch.begin();
          const context = `${label} ?${query.slice(0, 300)}`;
          const res = await send(world, route, `${base}?${query}`);
          const error = expectTypedHttp(res.status, res.text, context);
          const sent = [...new URLSearchParams(query).keys()];
          const field = error?.field ?? '';
          if (
            error?.code === 'INVALID_INPUT' &&
            ![...sent, ...keys].some((k) => field === k || field.startsWith(`${k}.`))
          )
            throw new Error(`${context}: INVALID_INPUT names "${field}", not a key of the query: ${error.message}`);
          watch.checkLogs(context);
        }),
        fuzzParams(),
      );
      await watch.healthy();
    },
    fuzzTimeout(1),
  );

  it.each(querying)(
    '%s: a valid query with one key mutated is refused naming that key, or accepted',
    async (label, route) => {
      const valid = route.query?.valid ?? {};
      const base = pathOf(route, route.params?.(world.ids) ?? {});
      await fc.assert(
        fc.asyncProperty(queryMutationOf(valid), async (mutation) => {
          watch.begin();
          const query = applyQueryMutation(valid, mutation);
          const context = `${label} ${mutation.kind} ${mutation.key}: ?${query.slice(0, 300)}`;
          const res = await send(world, route, `${base}?${query}`);
          const error = expectTypedHttp(res.status, res.text, context);
          const linked = PERIOD_LINKS.includes(mutation.key) ? PERIOD_LINKS : [];
          expectMutatedField(error, mutation.key, linked, context);
          watch.checkLogs(context);
        }),
        fuzzParams(),
      );
      await watch.healthy();
    },
    fuzzTimeout(1),
  );
});
