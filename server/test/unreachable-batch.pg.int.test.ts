import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { openPostgres } from '@helpline/db';
import { createTestDb, type TestDb } from '@helpline/db/testing';
import type { VisitorSocket } from '@helpline/shared/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app';
import { createManualClock } from '../src/clock';
import { parseEnv } from '../src/env';
import { createLogger } from '../src/logger';
import type { TestApp } from './harness';
import { chat, type Member, member } from './helpers/chats';
import { type DbProxy, startDbProxy } from './helpers/db-proxy';
import { todayWhileOpen } from './helpers/server-process';
import { ask } from './helpers/sockets';

// Finding 12 of issue 16: a database that stops answering (hung, or the network to it dead) must not hold every send
// for a timeout of its own. The app reaches PostgreSQL through a proxy the test freezes.

/** The visitor's page gives up on an ack after 8 s (web/src/features/chat/chat-controller.ts): answers must come first. */
const VISITOR_PATIENCE_MS = 8000;
/** postgres.js gives up on a connection that does not finish its start-up after 10 s (drizzle/src/create-db.ts). */
const CONNECT_TIMEOUT_MS = 10_000;
const BURST = 8;

let direct: TestDb;
let proxy: DbProxy;
let t: TestApp;
let counsellor: Member;
let conversationId: string;
let visitor: VisitorSocket;

/** The real app on port 0, its database queries through the proxy (the socket adapter goes straight to PostgreSQL). */
const startProxiedApp = async (): Promise<TestApp> => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'helpline-test-'));
  const db = openPostgres(proxy.url);
  const parsed = parseEnv({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    HELPLINE_SERVE_WEB: 'false',
    DATABASE_URL: direct.url,
  });
  if (!parsed.ok) throw new Error(parsed.line);
  const clock = createManualClock(todayWhileOpen());
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const app = createApp({ env: parsed.env, db, logger: createLogger('warn', stream), clock });
  const port = await app.listen(0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    app,
    db: { ...db, url: direct.url, cleanup: db.close },
    clock,
    env: parsed.env,
    dataDir,
    logs,
    close: async () => {
      await app.close();
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

/** Sends BURST messages at once; answers each send's answer and how long it took (ms), or its failure to answer. */
const burst = async () => {
  const started = performance.now();
  const sends = Array.from({ length: BURST }, (_, i) => ({ clientId: randomUUID(), body: `tijdens de storing ${i}` }));
  const answers = await Promise.all(
    sends.map(async (send) => {
      const answer = await ask(visitor, 'message:send', { conversationId, ...send }, 60_000).catch((error: Error) => ({
        ok: false,
        error: { code: error.message, message: '' },
      }));
      return { code: answer.ok ? 'OK' : answer.error?.code, ms: Math.round(performance.now() - started) };
    }),
  );
  return { sends, started, answers, slowest: Math.max(...answers.map((a) => a.ms)) };
};

const stored = async () => {
  const resumed = await ask(counsellor.socket, 'conversation:resume', { conversationId });
  return resumed.conversation.messages.map((m) => m.clientId);
};

beforeAll(async () => {
  direct = await createTestDb();
  proxy = await startDbProxy(direct.url ?? '');
  t = await startProxiedApp();
  counsellor = await member(t, { programmes: ['helpwanted'] });
  const opened = await chat(t, counsellor, 'helpwanted', { keepOpen: true });
  conversationId = opened.conversationId;
  visitor = opened.visitor.socket;
});
// A test that failed part way must not leave the next one a frozen database.
afterEach(() => proxy.thaw());
afterAll(async () => {
  visitor?.close();
  counsellor?.socket.close();
  proxy?.thaw();
  await t?.close();
  await proxy?.close();
  await direct?.cleanup();
});

describe('finding 12: a database that stops answering', () => {
  it('finding 12: a burst to a database that hangs on open connections is answered UNAVAILABLE within one deadline, then stored once when resent', async () => {
    const before = await ask(visitor, 'message:send', { conversationId, clientId: randomUUID(), body: 'ervoor' });
    expect(before.ok).toBe(true);
    proxy.freeze();
    const { sends, answers, slowest } = await burst();
    expect(answers.map((a) => a.code)).toEqual(sends.map(() => 'UNAVAILABLE'));
    expect(slowest).toBeLessThan(VISITOR_PATIENCE_MS);

    proxy.thaw();
    // Each resent with its clientId: stored once (a send whose transaction was under way when the database stopped
    // may have been stored after all; its resend answers it), in order, without a gap.
    for (const send of sends) {
      const resent = await ask(visitor, 'message:send', { conversationId, ...send });
      expect(resent).toMatchObject({ ok: true, message: { clientId: send.clientId } });
    }
    const ids = await stored();
    expect(ids).toHaveLength(1 + BURST);
    expect(new Set(ids).size).toBe(1 + BURST);
  }, 90_000);

  it('finding 12: a batch refused because the database is unreachable is refused whole, not retried one send at a time', async () => {
    const storedBefore = await stored();
    proxy.freeze();
    // The first send holds the lane (its transaction hangs on an open connection) while the burst gathers behind it.
    const first = ask(visitor, 'message:send', { conversationId, clientId: randomUUID(), body: 'vooraan' }, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const burstDone = burst();
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Then the server goes as after a crash into a hang: open connections drop, new ones are accepted and never
    // answered, so the burst's batch waits out the connect timeout.
    proxy.cut();
    const batchStarted = performance.now();
    expect(await first).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    const { sends, answers, slowest } = await burstDone;
    expect(answers.map((a) => a.code)).toEqual(sends.map(() => 'UNAVAILABLE'));
    expect(slowest).toBeLessThan(VISITOR_PATIENCE_MS);

    // Just past the connect timeout the database answers again: the burst was refused as a batch, so none of it is
    // stored afterwards one at a time behind the backs of clients told UNAVAILABLE.
    await new Promise((resolve) => setTimeout(resolve, batchStarted + CONNECT_TIMEOUT_MS + 1500 - performance.now()));
    proxy.thaw();
    const after = await ask(visitor, 'message:send', { conversationId, clientId: randomUUID(), body: 'erna' });
    expect(after.ok).toBe(true);
    const ids = await stored();
    expect(ids.filter((id) => sends.some((s) => s.clientId === id))).toEqual([]);
    expect(ids).toHaveLength(storedBefore.length + 1);
  }, 120_000);
});
