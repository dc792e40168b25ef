import { brotliCompressSync, gzipSync } from 'node:zlib';
import { E2E_HOST_ORIGIN } from '../../fixtures/server';
import { expect, test } from '../../fixtures/visitor';

const VISITOR_PAGES = [
  '/',
  '/en',
  '/chat/helpwanted',
  '/en/chat/stopitnow',
  '/embed/helpwanted',
  '/en/embed/stopitnow',
];

test.describe('visitor pages: headers and weight', () => {
  test('every visitor page: no-store, a CSP naming no other host, no cookie; only the embed may be framed', async ({
    request,
  }) => {
    for (const path of VISITOR_PAGES) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      const headers = res.headers();
      expect(headers['cache-control'], path).toContain('no-store');
      expect(headers['set-cookie'], path).toBeUndefined();
      expect(headers['referrer-policy'], path).toBe('no-referrer');
      const csp = headers['content-security-policy'] ?? '';
      expect(csp, path).toMatch(/script-src [^;]*'nonce-/);
      const hosts = csp.match(/https?:\/\/[^\s;]+/g) ?? [];
      const ancestors = /frame-ancestors ([^;]*)/.exec(csp)?.[1] ?? '';
      if (path.includes('/embed/')) {
        expect(ancestors, path).toContain(E2E_HOST_ORIGIN);
        expect(
          hosts.filter((h) => h !== E2E_HOST_ORIGIN),
          path,
        ).toEqual([]);
      } else {
        expect(ancestors.trim(), path).toBe("'none'");
        expect(hosts, path).toEqual([]);
      }
    }
  });

  test('the chat page’s first scripts stay under 150 KB compressed (gzip and brotli)', async ({ request }) => {
    const html = await (await request.get('/chat/helpwanted')).text();
    // Polyfills marked noModule are skipped by every browser that runs modules.
    const sources = [...html.matchAll(/<script([^>]*)>/g)]
      .map((m) => m[1] ?? '')
      .filter((attributes) => !/nomodule/i.test(attributes))
      .map((attributes) => /src="([^"]+)"/.exec(attributes)?.[1])
      .filter((src): src is string => src !== undefined);
    expect(sources.length).toBeGreaterThan(0);
    let gzip = 0;
    let brotli = 0;
    for (const src of sources) {
      const body = await (await request.get(src)).body();
      gzip += gzipSync(body, { level: 9 }).length;
      brotli += brotliCompressSync(body).length;
    }
    test.info().annotations.push({
      type: 'chat page scripts',
      description: `${sources.length} scripts: ${(gzip / 1024).toFixed(1)} KB gzip, ${(brotli / 1024).toFixed(1)} KB brotli`,
    });
    console.log(
      `chat page scripts: ${sources.length}, ${(gzip / 1024).toFixed(1)} KB gzip, ${(brotli / 1024).toFixed(1)} KB brotli`,
    );
    expect(gzip).toBeLessThan(150 * 1024);
    expect(brotli).toBeLessThan(150 * 1024);
  });
});
