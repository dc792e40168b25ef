import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchApp } from './app-watch';
import { fuzzParams, fuzzTimeout } from './fuzz-config';
import { applyQueryMutation, hostileQuery, pathSegment, queryMutationOf, rawBody } from './http.arbitraries';
import { applyMutation, fieldOf, mutationOf } from './mutation.arbitraries';
import { labelOf, pathOf, type Route } from './rest-route';
import { routes } from './rest-routes';
import { type RestWorld, send, startRestWorld } from './rest-world';
import { keysOf } from './schema-keys';
import { brief, expectFieldOf, expectMutatedField, expectTypedHttp } from './typed-errors';

let world: RestWorld;
let watch: ReturnType<typeof watchApp>;
beforeAll(async () => {
  world = await startRestWorld();
  watch = watchApp(world.t);
});
afterAll(() => world.close());

const JSON_TYPE = { 'content-type': 'application/json' };
const validPath = (route: Route) => pathOf(route, route.params?.(world.ids) ?? {});
/** The body as the server reads it, when it is a JSON object (else null). */
const parsedObject = (text: string, headers: Record<string, string>) => {
  if (headers['content-type'] !== 'application/json' || headers['content-encoding']) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
};

const reading = routes.filter((route) => route.body).map((route) => [labelOf(route), route] as const);
const writing = routes.filter((route) => route.method !== 'GET').map((route) => [labelOf(route), route] as const);

/** The valid body, so a refusal can only be about the path or the query. */
const validBody = (route: Route) =>
  route.body ? { body: JSON.stringify(route.body.valid(world.ids)), headers: JSON_TYPE } : {};
const withParams = routes.filter((route) => route.params).map((route) => [labelOf(route), route] as const);
const gets = routes.filter((route) => route.method === 'GET').map((route) => [labelOf(route), route] as const);
const querying = gets.filter(([, route]) => route.query);
/** The period's bounds are checked together: `to` must come after `from`. */
const PERIOD_LINKS = ['from', 'to'];

describe('fuzzing REST bodies', () => {
  it.each(reading)('%s: the valid body of the fuzz template is answered as it should', async (_, route) => {
    const body = JSON.stringify(route.body?.valid(world.ids));
    const res = await send(world, route, validPath(route), { body, headers: JSON_TYPE });
    if (route.refusesValid) expect(JSON.parse(res.text).error).toMatchObject(route.refusesValid);
    else expect(res.status, res.text).toBeLessThan(300);
  });

  it.each(writing)(
    '%s: hostile bodies get a typed answer, never a 500 or a logged error',
    async (label, route) => {
      const keys = route.body ? keysOf(route.body.schema) : [];
      await fc.assert(
        fc.asyncProperty(rawBody(keys), async ({ text, headers }) => {
          watch.begin();
          const context = `${label} ${brief(headers)} ${text.slice(0, 160)}`;
          const res = await send(world, route, validPath(route), { body: text, headers });
          const error = expectTypedHttp(res.status, res.text, context);
          expectFieldOf(error, parsedObject(text, headers), [...keys, 'body'], context);
          watch.checkLogs(context);
        }),
        fuzzParams(),
      );
      await watch.healthy();
    },
    fuzzTimeout(1),
  );

  it.each(reading)(
    '%s: a valid body with one field mutated is refused naming that field, or accepted',
    async (label, route) => {
      const spec = route.body;
      if (!spec) throw new Error('reading routes have a body');
      await fc.assert(
        fc.asyncProperty(mutationOf(spec.valid(world.ids), keysOf(spec.schema)), async (mutation) => {
          watch.begin();
          const field = fieldOf(mutation);
          const body = JSON.stringify(applyMutation(spec.valid(world.ids), mutation));
          const context = `${label} ${mutation.kind} ${field}: ${body.slice(0, 160)}`;
          const res = await send(world, route, validPath(route), { body, headers: JSON_TYPE });
          const error = expectTypedHttp(res.status, res.text, context);
          // A mutation that made the body too large is refused before it is read.
          const tooLarge = res.status === 413 && Buffer.byteLength(body) > 60_000;
          const expected = error?.code === route.refusesValid?.code && error?.field === route.refusesValid?.field;
          if (!tooLarge && !expected) expectMutatedField(error, field, spec.linked?.(field) ?? [], context);
          watch.checkLogs(context);
        }),
        fuzzParams(),
      );
      await watch.healthy();
    },
    fuzzTimeout(1),
  );
});

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
          const path = pathOf(route, Object.fromEntries(route.paramNames.map((name) => [name, segment])));
          const context = `${label} ${path}`;
          const res = await send(world, route, path, validBody(route));
          const error = expectTypedHttp(res.status, res.text, context);
          // `path` when the segment does not even decode (a broken percent escape).
          const named = [...route.paramNames, 'path'];
          if (error?.code === 'INVALID_INPUT' && !named.includes(error.field ?? ''))
            throw new Error(`${context}: INVALID_INPUT names "${error.field}", not a parameter (${named.join(', ')})`);
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
