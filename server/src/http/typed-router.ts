import { type InputOf, type RestRoute, routeLabel } from '@helpline/shared';
import { type Request, type RequestHandler, type Response, Router } from 'express';
import { parseInput } from '../errors';
import { markRoute } from './request-metrics.middleware';
import type { RequireStaff } from './require-staff';

export type RouteHandler<R extends RestRoute> = (
  input: InputOf<R>,
  req: Request,
  res: Response,
) => Promise<void> | void;

/** Middleware that runs after the access guard and before the input is parsed (a body parser, a cache header). */
type RouteOptions = { before?: RequestHandler[] };

/** The guard of a table entry: none for anyone, else a session with the entry's role and its leave for a half-login. */
const guardOf = (route: RestRoute, requireStaff: RequireStaff | undefined): RequestHandler[] => {
  if (route.access === 'anyone' || route.checksSessionItself) return [];
  if (!requireStaff) throw new Error(`${route.method} ${route.path}: a staff route needs requireStaff`);
  return [requireStaff({ ...(route.access === 'supervisor' ? { role: 'supervisor' } : {}), ...route.session })];
};

/** Skips to the next route of the same method and path unless the query holds the entry's values. */
const servedWhen =
  (values: Record<string, string>): RequestHandler =>
  (req, _res, next) =>
    next(Object.entries(values).every(([key, value]) => req.query[key] === value) ? undefined : 'route');

/** Parameters, then query, then body, each with the entry's schema: INVALID_INPUT names the first field refused. */
const inputOf = <R extends RestRoute>(route: R, req: Request) =>
  ({
    params: Object.fromEntries(
      Object.entries(route.params ?? {}).map(([name, schema]) => [name, parseInput(schema, req.params[name], name)]),
    ),
    query: route.query ? parseInput(route.query, req.query) : undefined,
    body: route.body ? parseInput(route.body, req.body) : undefined,
  }) as InputOf<R>;

/**
 * A router whose routes are entries of the shared route table: `route(entry, handler)` registers the handler at the
 * entry's method and path behind the entry's access guard, and hands it the input parsed with the entry's schemas.
 */
export const typedRouter = (requireStaff?: RequireStaff) => {
  const router = Router();
  const route = <R extends RestRoute>(entry: R, handle: RouteHandler<R>, { before = [] }: RouteOptions = {}) => {
    const chain: RequestHandler[] = [
      markRoute(routeLabel(entry)),
      ...(entry.servedWhen ? [servedWhen(entry.servedWhen)] : []),
      ...guardOf(entry, requireStaff),
      ...before,
      async (req, res) => handle(inputOf(entry, req), req, res),
    ];
    const method = entry.method.toLowerCase() as Lowercase<RestRoute['method']>;
    router[method](entry.path, ...chain);
  };
  return { router, route };
};
