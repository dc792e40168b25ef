import { staffEventSchemas, visitorEventSchemas } from '@helpline/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../src/clock';
import { startTestApp, type TestApp } from '../harness';
import { type AnySocket, askRaw, visitorSocket } from '../helpers/sockets';
import { createStaff, loginAs, staffSocket } from '../helpers/staff';
import { watchApp } from './app-watch';
import { fuzzParams, fuzzTimeout } from './fuzz-config';
import { hostilePayload, hostileString, PROTOTYPE_KEYS } from './hostile.arbitraries';
import { deliver } from './socket-fuzz';
import { expectTypedAnswer } from './typed-errors';

/** Socket.IO's own event names: its parser refuses a packet carrying one (and its client will not send one). */
const RESERVED = ['connect', 'connect_error', 'disconnect', 'disconnecting', 'newListener', 'removeListener'];
/** Names the server does not know, yet could mistake for its own: prototype keys, near misses, anything. */
const unknownName = (known: string[]) =>
  fc
    .oneof(
      fc.constantFrom(...PROTOTYPE_KEYS, 'emit', 'on', 'error', '__defineGetter__'),
      fc.constantFrom(...known).map((name) => `${name.toUpperCase()} `),
      hostileString.filter((name) => name.length < 200),
    )
    .filter((name) => !known.includes(name) && !RESERVED.includes(name));
/** Names the server must not mistake for its own events: Socket.IO's reserved ones and the unknown ones. */
const eventName = (known: string[]) => fc.oneof(fc.constantFrom(...RESERVED), unknownName(known));

/** Socket.IO packets no client library sends: truncated, with wrong types, acks and attachments that never come. */
const MALFORMED = [
  '42/NSP,[',
  '42/NSP,{"a":1}',
  '42/NSP,[1,2]',
  '42/NSP,[]',
  '42/NSP,99999999999999999999["x"]',
  '43/NSP,7[{"ok":true}]',
  '451-/NSP,["x",{"_placeholder":true,"num":0}]',
  '451-/NSP,["x",{"_placeholder":true,"num":5}]',
  '40/NSP,{"token":["a"]}',
  '42/nowhere,["x"]',
  '49/NSP,["x"]',
  '4',
  '',
];

/** One packet as raw text on the connection: an event under any name (with or without an ack id), or garbage. */
const packet = (known: string[]) =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .tuple(eventName(known), hostilePayload([]), fc.option(fc.nat({ max: 1000 }), { nil: undefined }))
        .map(([name, payload, ackId]) => `42/NSP,${ackId ?? ''}${JSON.stringify([name, payload])}`),
    },
    { weight: 1, arbitrary: fc.constantFrom(...MALFORMED) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }).map((junk) => `4${junk}`) },
  );

let t: TestApp;
let cookie = '';
let app: ReturnType<typeof watchApp>;
beforeAll(async () => {
  t = await startTestApp({ clock: createManualClock(new Date('2026-11-23T09:00:00Z')) });
  cookie = await loginAs(t, await createStaff(t, { role: 'supervisor', totp: true }));
  app = watchApp(t);
});
afterAll(() => t.close());

const namespaces: [string, string[], () => Promise<AnySocket>][] = [
  ['/visitor', Object.keys(visitorEventSchemas), async () => (await visitorSocket(t)).socket],
  ['/staff', Object.keys(staffEventSchemas), () => staffSocket(t, cookie)],
];

describe('fuzzing raw Socket.IO packets', () => {
  it.each(namespaces)(
    '%s: unknown or reserved event names and malformed packets harm no one: the server lives on, logs no error',
    async (nsp, known, connect) => {
      await fc.assert(
        fc.asyncProperty(packet(known), async (text) => {
          app.begin();
          const socket = await connect();
          (socket.io.engine as unknown as { write: (data: string) => void }).write(text.replaceAll('/NSP', nsp));
          // The server either ignores the packet (the socket still answers) or ends this one connection.
          const probe = await askRaw(socket, 'conversation:resume', { conversationId: 'x' }, 2000).catch(() => null);
          if (probe) expectTypedAnswer(probe, `probe after ${text.slice(0, 200)}`);
          else expect(socket.connected, `no answer, still connected, after ${text.slice(0, 200)}`).toBe(false);
          socket.close();
          app.checkLogs(text.slice(0, 200));
        }),
        fuzzParams(),
      );
      const other = await connect();
      expect(await askRaw(other, 'conversation:resume', { conversationId: 'x' })).toMatchObject({ ok: false });
      other.close();
      await app.healthy();
    },
    fuzzTimeout(1, 500),
  );

  // Issue 16, finding 14: an event the server does not know is answered, so no client waits for nothing.
  it.each(namespaces)(
    '%s: an unknown event name with an ack is INVALID_INPUT naming it; without an ack it is ignored',
    async (_nsp, known, connect) => {
      await fc.assert(
        fc.asyncProperty(unknownName(known), fc.boolean(), async (name, withAck) => {
          app.begin();
          const socket = await connect();
          const outcome = await deliver(socket, name, { conversationId: 'x' }, withAck ? 'ack' : 'no-ack', 4000);
          expect(outcome, name.slice(0, 200)).toEqual(
            withAck
              ? {
                  answer: {
                    ok: false,
                    error: { code: 'INVALID_INPUT', message: `Unknown event: ${name.slice(0, 100)}`, field: '' },
                  },
                }
              : 'unanswered',
          );
          expect(socket.connected).toBe(true);
          socket.close();
          app.checkLogs(name.slice(0, 200));
        }),
        fuzzParams(),
      );
      await app.healthy();
    },
    fuzzTimeout(1, 500),
  );
});
