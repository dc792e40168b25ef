import { type RestRoute, restRoutes, routeLabel } from '@helpline/shared';
import type { RequestHandler } from 'express';
import { z } from 'zod';

const entries: RestRoute[] = Object.values(restRoutes);

/** The table entry that served the request: its method and path, and among same-path entries the one its query picks. */
const entryOf = (method: string, path: string, query: Record<string, unknown>) => {
  const served = entries.filter((entry) => entry.method === method && entry.path === path);
  const picked = served.find(
    (entry) => entry.servedWhen && Object.entries(entry.servedWhen).every(([key, value]) => query[key] === value),
  );
  return picked ?? served.find((entry) => !entry.servedWhen);
};

/**
 * Tests only (`HELPLINE_CHECK_ANSWERS`, set by the server's vitest config): every successful JSON answer of a route
 * table entry is parsed with the entry's answer schema, so an answer that drifted from the contract the pages parse
 * fails the test that got it (a 500, the schema's complaint in the log) instead of a page in production.
 */
export const answerCheck: RequestHandler = (req, res, next) => {
  const send = res.json.bind(res);
  res.json = (body: unknown) => {
    const entry = req.route ? entryOf(req.method, `${req.baseUrl}${req.route.path}`, req.query) : undefined;
    const checked = res.statusCode < 300 && entry?.answer ? entry.answer.safeParse(body) : undefined;
    if (checked && !checked.success)
      throw new Error(
        `${routeLabel(entry as RestRoute)} answered outside its schema:\n${z.prettifyError(checked.error)}`,
      );
    return send(body);
  };
  next();
};
