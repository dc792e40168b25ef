import type { RequestHandler, Response } from 'express';

/** Route labels of requests no route of the table served: another /api path, or a page (or a file) of the web app. */
export const UNMATCHED_ROUTES = { api: 'api (no route)', pages: 'pages' } as const;

type Observe = (route: string, status: number, seconds: number) => void;

const routeOf = (res: Response): string | undefined => res.locals.routeTemplate;

/** Names the request by the route table's template (`GET /api/staff/:id`): what the metrics count it under. */
export const markRoute =
  (template: string): RequestHandler =>
  (_req, res, next) => {
    res.locals.routeTemplate = template;
    next();
  };

/**
 * Every HTTP answer counted by route template and status, with its duration. The label never holds the request's URL
 * (ids, codes, whatever someone typed): a request no route of the table served counts under UNMATCHED_ROUTES.
 */
export const requestMetrics =
  (observe: Observe): RequestHandler =>
  (req, res, next) => {
    const started = process.hrtime.bigint();
    const isApi = req.path === '/api' || req.path.startsWith('/api/');
    res.on('finish', () => {
      const route = routeOf(res) ?? (isApi ? UNMATCHED_ROUTES.api : UNMATCHED_ROUTES.pages);
      observe(route, res.statusCode, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  };
