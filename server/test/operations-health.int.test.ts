import { testServerUrl } from '@helpline/db/testing';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebHandler } from '../src/web';
import { startTestApp, type TestApp } from './harness';

const get = async (t: TestApp, path: string) => {
  const res = await fetch(`${t.url}${path}`);
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: text.startsWith('{') ? JSON.parse(text) : null };
};

/** Pages that answer every path, as Next.js would with a catch-all page: what must never shadow the health checks. */
const everyPathAPage: WebHandler = {
  handle: async (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' }).end('<html>a page</html>');
  },
  close: async () => {},
};

const started: TestApp[] = [];
const start = async (opts: Parameters<typeof startTestApp>[0] = {}) => {
  const t = await startTestApp(opts);
  started.push(t);
  return t;
};
afterEach(async () => {
  for (const t of started.splice(0)) await t.close();
});

describe(`health checks for proxies and process supervisors (${testServerUrl() ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('/livez and /readyz answer 200 once started, outside /api and before any page; /api/health stays', async () => {
    const t = await start({ web: everyPathAPage });
    const live = await get(t, '/livez');
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ ok: true });
    expect(live.headers.get('cache-control')).toBe('no-store');
    const ready = await get(t, '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({
      ready: true,
      state: 'serving',
      checks: { database: 'ok', migrations: 'current', keys: 'loaded' },
    });
    expect((await get(t, '/api/health')).body).toEqual({ ok: true, db: 'ok' });
    expect((await get(t, '/some/page')).text).toContain('a page');
  });

  it('/readyz is 503 while the process is starting, /livez already 200', async () => {
    const t = await start({ starting: true });
    expect((await get(t, '/livez')).status).toBe(200);
    const ready = await get(t, '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ ready: false, state: 'starting', checks: { keys: 'not-loaded' } });
    t.app.readiness.started();
    expect((await get(t, '/readyz')).status).toBe(200);
  });

  it('/readyz is 503 naming pending migrations (how many, nothing more) until `npm run migrate` has run', async () => {
    const t = await start({ starting: true });
    const ledger = sql.raw('drizzle.__drizzle_migrations');
    // The database as the release before left it: its newest migration not applied yet.
    const [newest] = await t.db.query<{ hash: string; created_at: string }>(
      sql`select hash, created_at::text from ${ledger} order by created_at desc limit 1`,
    );
    if (!newest) throw new Error('no migration recorded');
    await t.db.query(sql`delete from ${ledger} where created_at = ${newest.created_at}::bigint`);
    t.app.readiness.started();
    const ready = await get(t, '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body).toEqual({
      ready: false,
      state: 'serving',
      checks: { database: 'ok', migrations: 'pending', keys: 'loaded' },
      pendingMigrations: 1,
    });
    expect(ready.text).not.toMatch(/drizzle|select|postgres|127\.0\.0\.1|\/tmp|error/i);
    await t.db.query(
      sql`insert into ${ledger} (hash, created_at) values (${newest.hash}, ${newest.created_at}::bigint)`,
    );
    expect((await get(t, '/readyz')).status).toBe(200);
  });

  it('/readyz is 503 when the database does not answer, saying only that', async () => {
    const t = await start();
    expect((await get(t, '/readyz')).status).toBe(200);
    await t.db.close();
    const ready = await get(t, '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body).toEqual({
      ready: false,
      state: 'serving',
      checks: { database: 'unreachable', migrations: 'unknown', keys: 'loaded' },
    });
    expect((await get(t, '/livez')).status).toBe(200);
  });

  it('the public port never serves metrics: /metrics is 404, also with the pages on and metrics enabled', async () => {
    const t = await start({ web: everyPathAPage, env: { HELPLINE_METRICS_PORT: '0' } });
    const metrics = await get(t, '/metrics');
    expect(metrics.status).toBe(404);
    expect(metrics.text).not.toContain('helpline_');
  });
});
