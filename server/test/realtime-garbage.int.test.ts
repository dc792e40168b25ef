import { staffEventSchemas, visitorEventSchemas } from '@helpline/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { type AnySocket, ask, askRaw, emitRaw, visitorSocket } from './helpers/sockets';
import { createStaff, loginAs, staffSocket } from './helpers/staff';

let t: TestApp;
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));
beforeAll(async () => {
  t = await startTestApp({ clock });
});
afterAll(() => t.close());

// Four of these stay under the 64 KB packet limit (a bigger packet closes the connection, tested below).
const huge = 'x'.repeat(12_000);
/** Wrong types, missing fields, huge strings, nonsense: every one must get a typed error, never a crash. */
const garbage: unknown[] = [
  undefined,
  null,
  42,
  'text',
  [],
  {},
  { conversationId: 12, clientId: false, body: ['x'] },
  { conversationId: huge, programme: huge, body: huge, status: huge },
  { programme: 'helpwanted', intake: { ageBand: huge } },
  { conversationId: '00000000-0000-4000-8000-000000000000', clientId: 'not-a-uuid', body: '' },
  { to: { staffId: 'x', programme: 'y' } },
  { rating: Number.POSITIVE_INFINITY, afterSeq: -1 },
  { __proto__: { polluted: true } },
];

/** A fresh socket per event keeps the per-socket rate limit out of the way (it is tested on its own). */
const hammer = async (connect: () => Promise<AnySocket>, events: string[]) => {
  for (const event of events) {
    const socket = await connect();
    for (const payload of garbage) {
      emitRaw(socket, event, payload); // without an ack: ignored (typing: validated, silent)
      const answer = await askRaw(socket, event, payload);
      expect(answer.ok, `${event} ${JSON.stringify(payload)?.slice(0, 80)}`).toBe(false);
      expect(['INVALID_INPUT', 'NOT_FOUND']).toContain(answer.error?.code);
    }
    expect(socket.connected).toBe(true);
    socket.close();
  }
};

describe('garbage on every event', () => {
  it('visitor events answer with typed errors and the server lives on', async () => {
    // These take an empty object (typing: no ack): `{}` is a valid payload, so they get their own garbage below.
    const empty = ['typing', 'returnCode:create', 'session:end'];
    const events = Object.keys(visitorEventSchemas).filter((e) => !empty.includes(e));
    await hammer(async () => (await visitorSocket(t)).socket, events);
    const { socket } = await visitorSocket(t);
    for (const event of ['returnCode:create', 'session:end'])
      expect(await askRaw(socket, event, 'nope')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    emitRaw(socket, 'typing', { conversationId: 5 });
    emitRaw(socket, 'no:such:event', { x: 1 });
    expect((await fetch(`${t.url}/api/health`)).status).toBe(200);
    expect(socket.connected).toBe(true);
    socket.close();
  }, 120_000);

  it('staff events answer with typed errors and the server lives on', async () => {
    const cookie = await loginAs(t, await createStaff(t, { role: 'supervisor', totp: true }));
    // These take an empty object (`{}` is a valid payload), so they get their own garbage below.
    const empty = ['typing', 'break:snooze', 'break:dismiss'];
    await hammer(
      () => staffSocket(t, cookie),
      Object.keys(staffEventSchemas).filter((e) => !empty.includes(e)),
    );
    const socket = await staffSocket(t, cookie);
    for (const event of ['break:snooze', 'break:dismiss'])
      for (const payload of ['nope', 42, [], { minutes: 60 }])
        expect(await askRaw(socket, event, payload)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    socket.close();
    expect((await fetch(`${t.url}/api/health`)).status).toBe(200);
  }, 120_000);

  it('a packet over 64 KB closes that connection only', async () => {
    const { socket } = await visitorSocket(t);
    const other = await visitorSocket(t);
    const closed = new Promise((resolve) => socket.once('disconnect', resolve));
    emitRaw(socket, 'message:send', { body: 'y'.repeat(70_000) }, () => {});
    await closed;
    expect(await ask(other.socket, 'returnCode:create', {})).toMatchObject({ ok: true });
    other.socket.close();
  });

  it('more than about 10 events a second answers RATE_LIMITED', async () => {
    const { socket } = await visitorSocket(t);
    const answers = await Promise.all(Array.from({ length: 30 }, () => ask(socket, 'returnCode:create', {})));
    const limited = answers.filter((a) => a.error?.code === 'RATE_LIMITED').length;
    expect(limited).toBeGreaterThanOrEqual(10);
    expect(answers.filter((a) => a.ok).length).toBeGreaterThanOrEqual(1);
    socket.close();
  });
});
