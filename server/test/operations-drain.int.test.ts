import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { messages } from '@helpline/db';
import { testServerUrl } from '@helpline/db/testing';
import { ask as askOrNoAnswer } from '@helpline/shared/client';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { chat, member } from './helpers/chats';
import { raw, visitorSocket } from './helpers/sockets';

// Monday 10:00 in Amsterdam: both programmes open, whatever the hour the suite runs at.
const MONDAY_MORNING = new Date('2026-11-23T09:00:00Z');

const SENDS = 5;

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** A request whose headers are on their way when the drain starts (a health check mid-flight); finished after. */
const requestInFlight = (port: number, path: string) => {
  const socket = connect(port, '127.0.0.1');
  let answer = '';
  socket.on('data', (d) => {
    answer += String(d);
  });
  const ended = new Promise<string>((resolve) => socket.on('close', () => resolve(answer)));
  return {
    begun: new Promise<void>((resolve) =>
      socket.on('connect', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n`, () => resolve())),
    ),
    finish: () => {
      socket.write('\r\n');
      return ended;
    },
  };
};

describe(`SIGTERM's drain (${testServerUrl() ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('answers /readyz 503, refuses new connections, stores and answers the sends on their way, then closes every socket so its client reconnects', async () => {
    t = await startTestApp({ clock: createManualClock(MONDAY_MORNING) });
    const app = t;
    const counsellor = await member(app, { programmes: ['helpwanted'] });
    const { conversationId, visitor } = await chat(app, counsellor, 'helpwanted', { keepOpen: true });
    const health = requestInFlight(app.port, '/readyz');
    await health.begun;
    const closedBecause = new Promise<string>((resolve) => raw(visitor.socket).once('disconnect', resolve));

    // As the web client asks: a send whose connection closes under it answers NO_ANSWER.
    const sends = Array.from({ length: SENDS }, (_, i) =>
      askOrNoAnswer(visitor.socket, 'message:send', { conversationId, clientId: randomUUID(), body: `bericht ${i}` }),
    );
    const first = await sends[0];
    const drained = app.app.drain(5000);
    const answers = await Promise.all(sends);

    expect(await health.finish()).toMatch(/^HTTP\/1\.1 503[\s\S]*[Cc]onnection: close[\s\S]*"state":"draining"/);
    await expect(fetch(`${app.url}/livez`)).rejects.toThrow();
    await expect(visitorSocket(app)).rejects.toThrow();
    // "transport close": socket.io-client reconnects on its own (a server's "io server disconnect" it would not).
    expect(await closedBecause).toBe('transport close');
    await drained;

    expect(first?.ok).toBe(true);
    const stored = await app.db.db.select().from(messages).where(eq(messages.conversationId, conversationId));
    const acked = answers.filter((a) => a.ok);
    expect(acked.length).toBeGreaterThan(0);
    for (const answer of acked)
      expect(stored.map((m) => m.id)).toContain(answer.ok ? answer.message.id : 'an acknowledged send');
    // A send the drain cut off had no answer (the client sends it again, same clientId): never a refusal.
    for (const answer of answers) if (!answer.ok) expect(answer.error.code).toBe('NO_ANSWER');
    counsellor.socket.close();
  });
});
