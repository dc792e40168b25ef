import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ProgrammeId } from '@helpline/shared';
import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, DataDirInUseError, migrate, seed } from './index';
import { conversations, messages, programmeHours, programmes, visitors } from './schema';
import { createTestDb, type TestDb, testServerUrl } from './testing';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.cleanup());

const newConversation = async (programmeId: ProgrammeId = 'helpwanted') => {
  const [row] = await t.db
    .insert(conversations)
    .values({ programmeId, status: 'queued', queuedAt: new Date(), queuePriority: new Date() })
    .returning({ id: conversations.id });
  if (!row) throw new Error('no row');
  return row.id;
};
const message = (conversationId: string, seq: number, clientId: string | null) => ({
  conversationId,
  seq,
  sender: 'visitor' as const,
  ciphertext: new Uint8Array([1, 2, 3]),
  nonce: new Uint8Array(24),
  clientId,
});

describe(`database (${testServerUrl() ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('migrate and seed run twice without changing the seeded data', async () => {
    await migrate(t);
    await seed(t);
    const rows = await t.db.select().from(programmes).orderBy(asc(programmes.id));
    expect(rows.map((p) => p.name)).toEqual(['Helpwanted', 'Stop it Now']);
    const saturday = await t.db
      .select()
      .from(programmeHours)
      .where(and(eq(programmeHours.programmeId, 'stopitnow'), eq(programmeHours.weekday, 6)));
    expect(saturday.map((h) => [h.opens, h.closes])).toEqual([['10:00', '14:00']]);
    expect(await t.db.$count(programmeHours, eq(programmeHours.programmeId, 'helpwanted'))).toBe(7);
  });

  it('keeps hours a supervisor changed when seeding again', async () => {
    await t.db.update(programmeHours).set({ closes: '22:00' }).where(eq(programmeHours.programmeId, 'stopitnow'));
    await seed(t);
    const closes = await t.db
      .selectDistinct({ c: programmeHours.closes })
      .from(programmeHours)
      .where(eq(programmeHours.programmeId, 'stopitnow'));
    expect(closes.map((r) => r.c).sort()).toEqual(['22:00']);
  });

  it('refuses a second message with the same seq or the same client id in a conversation', async () => {
    const id = await newConversation();
    const clientId = '0b7c6a3e-7f5e-4c0a-9a57-6f1f7d1c2b3a';
    await t.db.insert(messages).values(message(id, 1, clientId));
    await expect(t.db.insert(messages).values(message(id, 1, null))).rejects.toThrow();
    await expect(t.db.insert(messages).values(message(id, 2, clientId))).rejects.toThrow();
    const other = await newConversation();
    await t.db.insert(messages).values(message(other, 1, clientId));
    const stored = await t.db.select().from(messages).where(eq(messages.conversationId, id));
    expect(stored).toHaveLength(1);
    expect(stored[0]?.ciphertext).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('has no column that could hold an address or a user agent', async () => {
    const columns = await t.query<{ column_name: string }>(
      sql`select column_name from information_schema.columns where table_schema = 'public'`,
    );
    expect(columns.length).toBeGreaterThan(50);
    const suspicious = columns.filter((c) =>
      /(^|_)(ip|addr|address|user_?agent|ua|forwarded|header)/i.test(c.column_name),
    );
    expect(suspicious).toEqual([]);
  });

  it('FOR UPDATE SKIP LOCKED hands a locked queue row to nobody else', async () => {
    await newConversation('stopitnow');
    const takeOldest = (tx: Parameters<Parameters<typeof t.db.transaction>[0]>[0]) =>
      tx
        .select({ id: conversations.id })
        .from(conversations)
        .where(and(eq(conversations.programmeId, 'stopitnow'), eq(conversations.status, 'queued')))
        .orderBy(asc(conversations.queuePriority))
        .limit(1)
        .for('update', { skipLocked: true });
    await t.db.transaction(async (tx) => {
      const [first] = await takeOldest(tx);
      expect(first).toBeDefined();
      if (t.kind === 'postgres') {
        // A second connection, while this transaction holds the lock, sees no free row.
        const other = await createDb({ databaseUrl: t.url, dataDir: '' });
        const seen = await other.db.transaction((tx2) => takeOldest(tx2));
        await other.close();
        expect(seen).toEqual([]);
      }
    });
  });

  it('stores visitors with nothing but hashes', async () => {
    const [v] = await t.db
      .insert(visitors)
      .values({ tokenHash: 'a'.repeat(64) })
      .returning();
    expect(Object.keys(v ?? {}).sort()).toEqual([
      'createdAt',
      'forgottenAt',
      'id',
      'lastSeenAt',
      'linkedVisitorId',
      'returnCodeHash',
      'tokenHash',
    ]);
  });
});

describe('embedded data folder', () => {
  it('is opened by one process at a time and released on close', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'helpline-db-'));
    const first = await createDb({ dataDir });
    await first.close();
    // Another live process holds it: pid 1 is always alive.
    writeFileSync(path.join(dataDir, 'pglite.lock'), '1');
    await expect(createDb({ dataDir })).rejects.toBeInstanceOf(DataDirInUseError);
    // A stale lock of a process that is gone is taken over.
    writeFileSync(path.join(dataDir, 'pglite.lock'), '999999999');
    const again = await createDb({ dataDir });
    await again.ping();
    await again.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  // A pid is given again to other processes: a stale lock may name a live process that has nothing to do with it.
  it.runIf(existsSync('/proc/self/stat'))(
    'finding 15: a stale lock whose pid now belongs to another process does not block a start',
    async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'helpline-db-'));
      const lock = path.join(dataDir, 'pglite.lock');
      const other = spawn('sleep', ['30']);
      try {
        await new Promise((resolve) => other.once('spawn', resolve));
        const pid = other.pid ?? 0;
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const startTime = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
        // Its pid, but another start time: the process that took the lock is gone.
        writeFileSync(lock, JSON.stringify({ pid, startTime: String(Number(startTime) - 1) }));
        const first = await createDb({ dataDir });
        await first.close();
        // A bare pid (as older versions wrote it), written before that process started: not its lock either.
        writeFileSync(lock, String(pid));
        const before = new Date(Date.now() - 60_000);
        utimesSync(lock, before, before);
        const second = await createDb({ dataDir });
        await second.close();
        // The process that took the lock still runs: the folder stays locked.
        writeFileSync(lock, JSON.stringify({ pid, startTime }));
        await expect(createDb({ dataDir })).rejects.toBeInstanceOf(DataDirInUseError);
      } finally {
        other.kill();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );

  it('finding 8: the data folder and everything in it is 0700/0600 whatever the umask', async () => {
    const modes = (dir: string): string[] =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => !e.isSymbolicLink())
        .map((e) => path.join(e.parentPath, e.name))
        .filter((p) => (statSync(p).mode & 0o077) !== 0)
        .map((p) => `${(statSync(p).mode & 0o777).toString(8)} ${p}`);
    const previous = process.umask(0);
    try {
      const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'helpline-db-')), 'data');
      const db = await createDb({ dataDir });
      await migrate(db);
      await db.close();
      expect((statSync(dataDir).mode & 0o777).toString(8)).toBe('700');
      expect(modes(dataDir)).toEqual([]);
      // What an older version left open is closed at the next start.
      chmodSync(dataDir, 0o755);
      writeFileSync(path.join(dataDir, 'left-open.txt'), 'x', { mode: 0o666 });
      chmodSync(path.join(dataDir, 'left-open.txt'), 0o666);
      const again = await createDb({ dataDir });
      await again.close();
      expect((statSync(dataDir).mode & 0o777).toString(8)).toBe('700');
      expect(modes(dataDir)).toEqual([]);
      rmSync(path.dirname(dataDir), { recursive: true, force: true });
    } finally {
      process.umask(previous);
    }
  });
});
