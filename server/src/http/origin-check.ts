import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';

/**
 * A request's Origin is allowed when it is the server's own (same host as the request) or listed in
 * HELPLINE_ALLOWED_ORIGINS. Requests without Origin come from non-browser clients, which cannot carry a
 * victim's cookie across sites, so they pass; cookies are SameSite=Strict on top of this.
 */
export const isOriginAllowed = (req: IncomingMessage, allowed: readonly string[]): boolean => {
  const origin = req.headers.origin;
  if (origin === undefined) return req.headers['sec-fetch-site'] !== 'cross-site';
  // Our pages send no referrer, so a browser posts their plain forms with `Origin: null`; its Sec-Fetch-Site (which
  // no page can set) still says where the form was. A sandboxed frame elsewhere also says null, but cross-site.
  if (origin === 'null') return req.headers['sec-fetch-site'] === 'same-origin';
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const isSafeMethod = (method: string | undefined) => SAFE_METHODS.has(method ?? '');

export const originCheck =
  (allowed: readonly string[]): RequestHandler =>
  (req, res, next) => {
    if (isSafeMethod(req.method) || isOriginAllowed(req, allowed)) return next();
    res.status(403).json({ error: { code: 'FORBIDDEN', message: 'Requests from this origin are not allowed' } });
  };
