import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler, Response } from 'express';
import helmet from 'helmet';
import onHeaders from 'on-headers';

/**
 * The widget's embed frame, the only pages other sites may frame: `/embed/<programme>`, the answer of its closed form
 * (`/embed/<programme>/closed`) and the mailbox inside the frame (`/embed/<programme>/mailbox`, `.../mailbox/read`),
 * also under `/en` and `/nl`.
 */
const EMBED_FRAME = /^\/(?:(?:en|nl)\/)?embed\/[a-z0-9-]+(?:\/closed|\/mailbox(?:\/read)?)?\/?$/;
/** The widget's loader script, included by other sites with a `<script src>`. */
const WIDGET_SCRIPT = '/widget.js';
/** Content-hashed build output: Next.js marks it immutable, and it carries nothing personal. */
const IMMUTABLE_ASSETS = '/_next/static/';
const WIDGET_CACHE = 'public, max-age=300';
const ONE_YEAR = 365 * 24 * 60 * 60;

export type SecurityHeaderOptions = { allowedOrigins: readonly string[]; secure: boolean };

const nonceOf = (_req: IncomingMessage, res: ServerResponse) => `'nonce-${(res as Response).locals.cspNonce}'`;

type Kind = 'page' | 'embed' | 'widget';

/**
 * One policy: nothing from another host, scripts only from this origin or carrying this request's nonce. Styles allow
 * inline because Next.js, Tailwind and charts render style attributes (a nonce would switch 'unsafe-inline' off).
 * Pages may not be framed; the embed frame only by the allowed origins; the widget script is loaded by other sites.
 */
const headersFor = (kind: Kind, { allowedOrigins, secure }: SecurityHeaderOptions) =>
  helmet({
    contentSecurityPolicy: kind !== 'widget' && {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'", nonceOf],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'"],
        // 'self' covers the Socket.IO websocket on this host (ws: and wss:).
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'self'"],
        'frame-ancestors': kind === 'embed' ? ["'self'", ...allowedOrigins] : ["'none'"],
        'upgrade-insecure-requests': secure ? [] : null,
      },
    },
    xFrameOptions: kind === 'page' && { action: 'deny' },
    crossOriginResourcePolicy: { policy: kind === 'page' ? 'same-origin' : 'cross-origin' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: secure && { maxAge: ONE_YEAR, includeSubDomains: false },
  });

/** What a response may be cached as: nothing personal is ever kept by a browser or proxy. */
const cacheControlFor = (path: string, status: number): string | null => {
  if (path.startsWith(IMMUTABLE_ASSETS)) return null;
  if (path === WIDGET_SCRIPT && status === 200) return WIDGET_CACHE;
  return 'no-store';
};

/**
 * Security headers for every page and API answer, from the server's one configuration. Each request gets a fresh
 * script nonce; Next.js reads it from the request's Content-Security-Policy header and puts it on its scripts.
 */
export const securityHeaders = (options: SecurityHeaderOptions): RequestHandler => {
  const page = headersFor('page', options);
  const embed = headersFor('embed', options);
  const widget = headersFor('widget', options);
  return (req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString('base64');
    // Routers strip their mount path from req.url while they run: decide on the path as it arrived.
    const path = req.path;
    const headers = path === WIDGET_SCRIPT ? widget : EMBED_FRAME.test(path) ? embed : page;
    onHeaders(res, () => {
      const cacheControl = cacheControlFor(path, res.statusCode);
      if (cacheControl) res.setHeader('Cache-Control', cacheControl);
    });
    headers(req, res, (error) => {
      if (error) return next(error);
      delete req.headers['content-security-policy-report-only'];
      const csp = res.getHeader('Content-Security-Policy');
      if (typeof csp === 'string') req.headers['content-security-policy'] = csp;
      else delete req.headers['content-security-policy'];
      res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
      next();
    });
  };
};
