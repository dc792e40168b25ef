import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebHandler } from '../src/web';
import { startTestApp, type TestApp } from './harness';
import { namesAHost, parseCsp } from './helpers/csp';
import { listRoutes } from './helpers/routes';
import { call, createStaff, loginAs } from './helpers/staff';

// Finding 5 (issue 7): missing security headers. Every page and API answer carries a CSP naming no other host,
// frame-ancestors 'none' (the embed frame: only the allowed origins), no-store, and HSTS when served over HTTPS.

const PARTNER = 'https://partner.example';
const ANY_ID = '00000000-0000-4000-8000-000000000000';

/**
 * Stands in for Next.js behind the server: answers pages as HTML asking to be cached for a year (as today's static
 * pages do), `/widget.js` as a script, and remembers the CSP each page request reached it with.
 */
const pageRenderer = () => {
  const seen: { path: string; csp: string | undefined }[] = [];
  const handler: WebHandler = {
    handle: async (req: IncomingMessage, res: ServerResponse) => {
      seen.push({ path: req.url ?? '', csp: req.headers['content-security-policy'] as string | undefined });
      const script = req.url === '/widget.js';
      res.setHeader('Content-Type', script ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8');
      res.setHeader('Cache-Control', script ? 'public, max-age=0' : 's-maxage=31536000, stale-while-revalidate');
      res.end(script ? 'void 0;' : '<!doctype html><title>page</title>');
    },
    close: async () => {},
  };
  return { handler, seen };
};

const expectLockedDown = (res: Response, frameAncestors = ["'none'"]) => {
  const csp = parseCsp(res.headers.get('content-security-policy'));
  expect(csp['default-src']).toEqual(["'self'"]);
  expect(csp['script-src']?.[0]).toBe("'self'");
  expect(csp['script-src']?.[1]).toMatch(/^'nonce-[A-Za-z0-9+/]{22}=='$/);
  expect(csp['object-src']).toEqual(["'none'"]);
  expect(csp['frame-ancestors']).toEqual(frameAncestors);
  const { 'frame-ancestors': _framers, ...rest } = csp;
  expect(Object.values(rest).flat().filter(namesAHost)).toEqual([]);
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('x-frame-options')).toBe(frameAncestors[0] === "'none'" ? 'DENY' : null);
};

describe('finding 5: security headers, served over HTTPS (HELPLINE_SECURE_COOKIES=true)', () => {
  let t: TestApp;
  const web = pageRenderer();
  beforeAll(async () => {
    t = await startTestApp({
      env: { HELPLINE_ALLOWED_ORIGINS: PARTNER, HELPLINE_SECURE_COOKIES: 'true' },
      web: web.handler,
    });
  });
  afterAll(() => t.close());

  const expectHsts = (res: Response) => {
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000');
    expect(parseCsp(res.headers.get('content-security-policy'))).toHaveProperty('upgrade-insecure-requests');
  };

  it('every API route answers locked down and uncached, anonymous and signed in', async () => {
    const cookie = await loginAs(t, await createStaff(t, { role: 'supervisor', totp: true }));
    const routes = [...listRoutes(t.app.express), 'GET /api/no-such-route'];
    expect(routes.length).toBeGreaterThan(10);
    for (const route of routes) {
      const [method = 'GET', path = ''] = route.split(' ');
      const url = path.replace(':id/hours', 'helpwanted/hours').replace(/:\w+/g, ANY_ID);
      // Logout would end the session the other routes use: it runs anonymously only.
      for (const who of path === '/api/auth/logout' ? [undefined] : [undefined, cookie]) {
        const res = await call(t, method, url, { cookie: who, body: method === 'GET' ? undefined : {} });
        expect.soft(res.status, route).toBeLessThan(500);
        expectLockedDown(res);
        expectHsts(res);
      }
    }
  });

  it('Socket.IO long-polling answers (they carry messages) are not cached', async () => {
    const res = await fetch(`${t.url}/socket.io/?EIO=4&transport=polling`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('pages get a fresh script nonce, which reaches the page renderer, and are never cached', async () => {
    const nonces = new Set<string>();
    for (const path of ['/', '/en', '/login', '/en/workspace', '/supervisor', '/no/such/page']) {
      const res = await fetch(`${t.url}${path}`, {
        headers: { 'content-security-policy': "script-src 'nonce-chosen'" },
      });
      expectLockedDown(res);
      expectHsts(res);
      const sent = res.headers.get('content-security-policy');
      expect(web.seen.at(-1)).toEqual({ path, csp: sent });
      nonces.add(parseCsp(sent)['script-src']?.[1] ?? '');
    }
    expect(nonces.size).toBe(6);
  });

  it('only the embed frame may be framed, and only by this origin and HELPLINE_ALLOWED_ORIGINS', async () => {
    const framed = [
      ...['/embed/helpwanted', '/en/embed/stopitnow', '/nl/embed/helpwanted', '/embed/stopitnow/'],
      ...['/embed/helpwanted/closed', '/embed/stopitnow/mailbox', '/en/embed/helpwanted/mailbox/read'],
    ];
    for (const path of framed) {
      const res = await fetch(`${t.url}${path}`);
      expectLockedDown(res, ["'self'", PARTNER]);
      expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    }
    const notFramed = ['/embed', '/embed/helpwanted/more', '/en/embedded/helpwanted', '/de/embed/helpwanted'];
    for (const path of [...notFramed, '/mailbox', '/mailbox/helpwanted', '/embed/helpwanted/mailbox/other']) {
      expectLockedDown(await fetch(`${t.url}${path}`));
    }
  });

  it('widget.js is served as a script other sites may load, cached briefly', async () => {
    const res = await fetch(`${t.url}/widget.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(res.headers.get('content-security-policy')).toBeNull();
  });
});

describe('finding 5: security headers, served over plain HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ web: pageRenderer().handler });
  });
  afterAll(() => t.close());

  it('sends no HSTS and does not upgrade requests, but keeps everything else', async () => {
    for (const path of ['/', '/api/programmes', '/embed/helpwanted']) {
      const res = await fetch(`${t.url}${path}`);
      expectLockedDown(res, path.startsWith('/embed') ? ["'self'"] : ["'none'"]);
      expect(res.headers.get('strict-transport-security')).toBeNull();
      expect(parseCsp(res.headers.get('content-security-policy'))).not.toHaveProperty('upgrade-insecure-requests');
    }
  });
});
