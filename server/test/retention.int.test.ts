import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { auditLog, migrate, openPglite, seed } from '@helpline/db';
import { createTestDb, type TestDb, testServerUrl } from '@helpline/db/testing';
import { RetentionSetting } from '@helpline/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { runScript } from './helpers/server-process';
import { call, createStaff, loginAs } from './helpers/staff';
import { figures, insertTranscript, kept, shredded, whatIsLeft } from './helpers/transcripts';

const clock = createManualClock(new Date('2026-06-01T10:00:00Z'));
let t: TestApp;
let cookie = '';
const ids: Record<string, string> = {};
const shredRuns = () =>
  t.db.db.select().from(auditLog).where(eq(auditLog.action, 'retention.shredded')).orderBy(auditLog.id);

beforeAll(async () => {
  t = await startTestApp({ clock });
  cookie = await loginAs(t, await createStaff(t, { role: 'supervisor', totp: true }));
  const now = clock.now();
  const add = (name: string, opts: Omit<Parameters<typeof insertTranscript>[1], 'now'>) =>
    insertTranscript(t.db.db, { ...opts, now }).then((id) => {
      ids[name] = id;
    });
  await add('hw91', { programme: 'helpwanted', status: 'ended', daysAgo: 91 });
  await add('hw80', { programme: 'helpwanted', status: 'ended', daysAgo: 80 });
  await add('hwAbandoned', { programme: 'helpwanted', status: 'abandoned', daysAgo: 120 });
  await add('hwTimedOut', { programme: 'helpwanted', status: 'timed-out', daysAgo: 200 });
  await add('hwActive', { programme: 'helpwanted', status: 'active', daysAgo: 300 });
  await add('sin31', { programme: 'stopitnow', status: 'ended', daysAgo: 31 });
  await add('sin20', { programme: 'stopitnow', status: 'ended', daysAgo: 20 });
});
afterAll(() => t.close());

const settings = async () =>
  RetentionSetting.array().parse(await (await call(t, 'GET', '/api/retention', { cookie })).json());

describe('retention', () => {
  it('defaults to 90 days and lets a supervisor shorten one programme, audited', async () => {
    expect((await settings()).map((s) => [s.programme, s.retentionDays, s.dueNow])).toEqual([
      ['helpwanted', 90, 3],
      ['stopitnow', 90, 0],
    ]);
    const res = await call(t, 'PUT', '/api/programmes/stopitnow/retention', { cookie, body: { retentionDays: 30 } });
    expect(await res.json()).toMatchObject({ programme: 'stopitnow', retentionDays: 30, dueNow: 1 });
    const bad = await call(t, 'PUT', '/api/programmes/stopitnow/retention', { cookie, body: { retentionDays: 0 } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'INVALID_INPUT', field: 'retentionDays' } });
    expect(await t.db.db.$count(auditLog, eq(auditLog.action, 'retention.updated'))).toBe(1);
  });

  it('a dry run counts without changing anything or logging a run', async () => {
    expect(await t.app.services.retention.run({ dryRun: true, actor: null, source: 'cli' })).toEqual({
      dryRun: true,
      count: 4,
    });
    expect((await whatIsLeft(t.db.db, Object.values(ids))).every((left) => left.hasKey && left.messages === 2)).toBe(
      true,
    );
    expect(await shredRuns()).toEqual([]);
  });

  it('the daily job shreds exactly the transcripts past the period, keeps every figure, and logs its count', async () => {
    expect(await t.app.services.retention.runIfDue()).toEqual({ dryRun: false, count: 4 });
    const left = Object.fromEntries((await whatIsLeft(t.db.db, Object.values(ids))).map((l) => [l.id, l]));
    const pastPeriod = ['hw91', 'hwAbandoned', 'hwTimedOut', 'sin31'];
    for (const [name, id] of Object.entries(ids))
      expect(left[id], name).toMatchObject({ ...(pastPeriod.includes(name) ? shredded : kept), ...figures });
    expect((await shredRuns()).map((r) => r.details)).toEqual([{ count: 4, source: 'job' }]);
  });

  it('runs once a day, and a second run changes nothing', async () => {
    const before = await whatIsLeft(t.db.db, Object.values(ids));
    expect(await t.app.services.retention.runIfDue()).toBeNull();
    clock.advance(25 * 60 * 60 * 1000);
    expect(await t.app.services.retention.runIfDue()).toEqual({ dryRun: false, count: 0 });
    expect(await whatIsLeft(t.db.db, Object.values(ids))).toEqual(before);
    expect((await shredRuns()).map((r) => (r.details as { count: number }).count)).toEqual([4, 0]);
    cookie = await loginAs(t, await createStaff(t, { role: 'supervisor', totp: true }));
    expect((await settings()).map((s) => [s.dueNow, s.shredded])).toEqual([
      [0, 3],
      [0, 1],
    ]);
  });
});

describe('npm run retention', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'helpline-retention-'));
  let testDb: TestDb | undefined;
  let old = '';
  let recent = '';
  const target = (): Record<string, string> => (testDb?.url ? { DATABASE_URL: testDb.url } : { DATA_DIR: dataDir });
  const retention = async (args: string[]) => {
    const run = runScript('src/cli/retention.cli.ts', { ...target(), LOG_LEVEL: 'silent' }, args);
    return { code: await run.exited, output: run.output() };
  };

  beforeAll(async () => {
    if (testServerUrl()) testDb = await createTestDb();
    const db = testDb ?? (await openPglite(dataDir));
    await migrate(db);
    await seed(db);
    old = await insertTranscript(db.db, { programme: 'helpwanted', status: 'ended', daysAgo: 100, now: new Date() });
    recent = await insertTranscript(db.db, { programme: 'helpwanted', status: 'ended', daysAgo: 10, now: new Date() });
    if (!testDb) await db.close();
  });
  afterAll(async () => {
    await testDb?.cleanup();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('--dry-run tells what it would shred; a run shreds it; a second run shreds nothing', async () => {
    const dry = await retention(['--dry-run']);
    expect(dry).toMatchObject({ code: 0 });
    expect(dry.output).toContain('Dry run: 1 transcripts would be shredded');
    const real = await retention([]);
    expect(real.output).toContain('Shredded 1 transcripts');
    const again = await retention([]);
    expect(again.output).toContain('Shredded 0 transcripts');
    expect((await retention(['--everything'])).code).toBe(2);
    const db = testDb ?? (await openPglite(dataDir));
    const left = await whatIsLeft(db.db, [old, recent]);
    if (!testDb) await db.close();
    expect(left.map((l) => [l.shredded, l.messages])).toEqual([
      [true, 0],
      [false, 2],
    ]);
  }, 60_000);
});
