import { CLIENT_KEY_HEADER, WEB_TOKEN_HEADER } from '@helpline/shared';
import type { RequestHandler } from 'express';
import type { ClientKeys } from '../limits/client-key';
import type { WebHandler } from '../web';
import { isOriginAllowed, isSafeMethod } from './origin-check';

/**
 * Every page request on its way to Next.js. It carries the visitor's client key (so a form the page's server code
 * passes on to the API is limited per visitor, not as the web app), never a token someone sent along. A form post is
 * taken only from this site: our pages send no referrer, so browsers post their forms with `Origin: null`; one the
 * browser marks same-origin is vouched for with this host, which Next.js's own check of server actions compares.
 */
export const webGate =
  (web: WebHandler, clientKeys: ClientKeys): RequestHandler =>
  (req, res) => {
    delete req.headers[WEB_TOKEN_HEADER];
    req.headers[CLIENT_KEY_HEADER] = clientKeys(req);
    if (!isSafeMethod(req.method)) {
      if (!isOriginAllowed(req, [])) {
        res.status(403).type('text/plain').send('Forms are only taken from this site.');
        return;
      }
      if (req.headers.origin === 'null') req.headers.origin = `http://${req.headers.host}`;
    }
    return web.handle(req, res);
  };
