import { readFileSync } from 'node:fs';
import { type APIResponse, expect, test } from '@playwright/test';
import { namesAHost, parseCsp } from '../../../server/test/helpers/csp';
import { type SeededStaff, STAFF_PASSWORD } from '../../fixtures/staff';
import { allowedOrigins, isEmbedFrame, pagePaths } from './page-routes';

// Finding 5 (issue 7): missing security headers, checked on the built platform as `npm start` serves it.

const staff = (): SeededStaff => JSON.parse(readFileSync(process.env.E2E_STAFF_FILE ?? '', 'utf8')) as SeededStaff;

/** The headers every page and API answer must carry; returns the script nonce. */
const expectLockedDown = (res: APIResponse, frameAncestors: string[]) => {
  const headers = res.headers();
  const csp = parseCsp(headers['content-security-policy']);
  expect(csp['default-src']).toEqual(["'self'"]);
  expect(csp['script-src']?.[0]).toBe("'self'");
  expect(csp['script-src']?.[1]).toMatch(/^'nonce-[A-Za-z0-9+/=]{16,}'$/);
  expect(csp['script-src']).toHaveLength(2);
  expect(csp['connect-src']).toEqual(["'self'"]);
  expect(csp['object-src']).toEqual(["'none'"]);
  expect(csp['frame-ancestors']).toEqual(frameAncestors);
  const { 'frame-ancestors': _framers, ...rest } = csp;
  expect(Object.values(rest).flat().filter(namesAHost)).toEqual([]);
  expect(headers['cache-control']).toBe('no-store');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  return csp['script-src']?.[1]?.slice("'nonce-".length, -1) ?? '';
};

test.describe('finding 5: security headers', () => {
  test('every page route has a CSP with a fresh nonce on every script, no framing, no caching', async ({ request }) => {
    const paths = pagePaths();
    expect(paths).toEqual(expect.arrayContaining(['/', '/en', '/login', '/en/login']));
    const nonces = new Set<string>();
    for (const path of paths) {
      const res = await request.get(path, { maxRedirects: 0 });
      expect.soft(res.status(), path).toBeLessThan(500);
      expect(res.headers()['content-type'], path).toMatch(/^text\/html/);
      const frameAncestors = isEmbedFrame(path) ? ["'self'", ...allowedOrigins()] : ["'none'"];
      const nonce = expectLockedDown(res, frameAncestors);
      nonces.add(nonce);
      const scripts = (await res.text()).match(/<script\b[^>]*>/g) ?? [];
      if (res.status() === 200) expect(scripts.length, path).toBeGreaterThan(0);
      expect(
        scripts.filter((tag) => !tag.includes(` nonce="${nonce}"`)),
        `${path}: scripts without this request's nonce`,
      ).toEqual([]);
    }
    expect(nonces.size).toBe(paths.length);
  });

  test('every API route group answers with the same headers, signed in or not', async ({ request }) => {
    const anonymous = [
      ['GET', '/api/health'],
      ['GET', '/api/config'],
      ['GET', '/api/programmes'],
      ['GET', '/api/programmes/helpwanted/hours'],
      ['GET', '/api/auth/me'],
      ['POST', '/api/auth/login'],
      ['GET', '/api/staff'],
      ['GET', '/api/audit'],
      ['GET', '/api/no-such-route'],
    ] as const;
    for (const [method, path] of anonymous) {
      const res = await request.fetch(path, { method, data: method === 'POST' ? {} : undefined });
      expect.soft(res.status(), path).toBeLessThan(500);
      expectLockedDown(res, ["'none'"]);
    }
    const login = await request.post('/api/auth/login', {
      data: { username: staff().counsellor, password: STAFF_PASSWORD },
    });
    expect(login.status()).toBe(200);
    expectLockedDown(login, ["'none'"]);
    const me = await request.get('/api/auth/me');
    expect(me.status()).toBe(200);
    expectLockedDown(me, ["'none'"]);
  });
});

test.describe('caching of build output', () => {
  test('build assets stay cacheable (content-hashed), everything else is not', async ({ request }) => {
    const page = await (await request.get('/')).text();
    const asset = page.match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
    expect(asset).toBeTruthy();
    const res = await request.get(asset ?? '');
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toContain('immutable');
  });
});
