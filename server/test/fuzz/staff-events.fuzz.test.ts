import { randomUUID } from 'node:crypto';
import { staffEventSchemas } from '@helpline/shared';
import type { StaffSocket } from '@helpline/shared/client';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../src/clock';
import { startTestApp, type TestApp } from '../harness';
import { type Member, member } from '../helpers/chats';
import { askRaw } from '../helpers/sockets';
import { staffSocket } from '../helpers/staff';
import { watchApp } from './app-watch';
import { chatWorlds, type VisitorInChat } from './chat-worlds';
import { fuzzParams, fuzzTimeout } from './fuzz-config';
import { hostilePayload } from './hostile.arbitraries';
import { applyMutation, fieldOf, mutationOf } from './mutation.arbitraries';
import { keysOf } from './schema-keys';
import { deliver, delivery, expectTyped, rotating } from './socket-fuzz';
import { brief, expectFieldOf, expectMutatedField } from './typed-errors';

type Event = keyof typeof staffEventSchemas & string;
type Role = 'counsellor' | 'supervisor';
/** A staff socket, a chat the counsellor holds and a visitor waiting in the counsellor's queue. */
type World = { socket: StaffSocket; chat: VisitorInChat; waiting: VisitorInChat };
type Template = {
  valid: (world: World) => Record<string, unknown>;
  /** The role for which the valid payload is refused (FORBIDDEN): it is not theirs to send. */
  forbiddenFor?: Role;
};

let colleagueId = '';
/** A valid payload per event, in a realistic state: a new event without one here does not compile. */
const templates: Record<Event, Template> = {
  'presence:set': { valid: () => ({ status: 'away' }) },
  'conversation:accept': { valid: (w) => ({ conversationId: w.waiting.conversationId }) },
  'message:send': {
    valid: (w) => ({ conversationId: w.chat.conversationId, clientId: randomUUID(), body: 'Fijn dat je er bent' }),
    forbiddenFor: 'supervisor',
  },
  typing: { valid: (w) => ({ conversationId: w.chat.conversationId, typing: false }) },
  'note:add': { valid: (w) => ({ conversationId: w.chat.conversationId, body: 'Eerder contact gehad' }) },
  'conversation:end': { valid: (w) => ({ conversationId: w.chat.conversationId }) },
  'conversation:transfer': { valid: (w) => ({ conversationId: w.chat.conversationId, to: { staffId: colleagueId } }) },
  'monitor:join': { valid: (w) => ({ conversationId: w.chat.conversationId }), forbiddenFor: 'counsellor' },
  'conversation:resume': { valid: (w) => ({ conversationId: w.chat.conversationId, afterSeq: 0 }) },
  'conversation:urgency': { valid: (w) => ({ conversationId: w.waiting.conversationId, urgency: 'deadline' }) },
  'help:request': { valid: (w) => ({ conversationId: w.chat.conversationId }), forbiddenFor: 'supervisor' },
  'debrief:request': { valid: (w) => ({ conversationId: w.chat.conversationId }), forbiddenFor: 'supervisor' },
  'whisper:send': {
    valid: (w) => ({ conversationId: w.chat.conversationId, body: 'Vraag naar de deadline' }),
    forbiddenFor: 'counsellor',
  },
  'break:snooze': { valid: () => ({}) },
  'break:dismiss': { valid: () => ({}) },
};
/** Events after which the world is used up: the chat accepted, ended or handed on. */
const CHANGES_STATE: Event[] = ['conversation:accept', 'conversation:end', 'conversation:transfer'];
const SAMPLE = {
  chat: { conversationId: randomUUID() },
  waiting: { conversationId: randomUUID() },
} as World;
const ROLES: Role[] = ['counsellor', 'supervisor'];
const rows = (Object.keys(staffEventSchemas) as Event[]).flatMap((event) =>
  ROLES.map((role) => [event, role] as const),
);

let t: TestApp;
let worlds: ReturnType<typeof chatWorlds>;
let app: ReturnType<typeof watchApp>;
/** One stream of worlds per role for the whole file: a world lasts until its budget is spent or its chat used up. */
let pools: Record<Role, ReturnType<typeof worldsFor>>;
const staff = {} as Record<Role | 'colleague', Member>;
const clock = createManualClock(new Date('2026-11-23T09:00:00Z')); // Monday 10:00 in Amsterdam: both programmes open

beforeAll(async () => {
  t = await startTestApp({ clock, env: { HELPLINE_VISITORS_PER_CLIENT: '100000' } });
  staff.counsellor = await member(t, { programmes: ['helpwanted'] });
  staff.colleague = await member(t, { programmes: ['helpwanted'] });
  staff.supervisor = await member(t, { role: 'supervisor', programmes: ['helpwanted', 'stopitnow'], totp: true });
  colleagueId = staff.colleague.id;
  worlds = chatWorlds(t, staff.counsellor);
  pools = { counsellor: worldsFor('counsellor'), supervisor: worldsFor('supervisor') };
  app = watchApp(t);
});
afterAll(async () => {
  await pools.counsellor.renew();
  await pools.supervisor.renew();
  await worlds.close();
  for (const m of Object.values(staff)) m.socket.close();
  await t.close();
});

/** Worlds for one role, each on a fresh socket of that role (and so a fresh rate-limit allowance). */
const worldsFor = (role: Role) =>
  rotating(
    async (): Promise<World> => ({
      socket: await staffSocket(t, staff[role].cookie),
      chat: await worlds.chatting(),
      waiting: await worlds.waiting(),
    }),
    async (world) => {
      world.socket.close();
      await worlds.forget(world.chat);
      await worlds.forget(world.waiting);
    },
  );

describe('fuzzing /staff events', () => {
  it.each(rows)('%s as %s: the valid payload of the fuzz template is answered as it should', async (event, role) => {
    const world = await pools[role].take();
    const answer = await askRaw(world.socket, event, templates[event].valid(world));
    if (templates[event].forbiddenFor === role)
      expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    else expect(answer).toMatchObject({ ok: true });
    if (CHANGES_STATE.includes(event)) await pools[role].renew();
  });

  it.each(rows)(
    '%s as %s: hostile payloads get a typed answer, never a crash, hang or logged error',
    async (event, role) => {
      const keys = keysOf(staffEventSchemas[event]);
      const pool = pools[role];
      await fc.assert(
        fc.asyncProperty(hostilePayload(keys, { binary: true }), delivery, async (payload, how) => {
          const world = await pool.take();
          app.begin();
          const context = `${event} as ${role} (${how}) ${brief(payload)}`;
          const outcome = await deliver(world.socket, event, payload, how);
          const error = expectTyped(outcome, { event, payload, how, context });
          if (how === 'ack') expectFieldOf(error, payload, keys, context);
          app.checkLogs(context);
          if (outcome === 'disconnected' || (typeof outcome === 'object' && !error && CHANGES_STATE.includes(event)))
            await pool.renew();
        }),
        fuzzParams(),
      );
      await app.healthy();
    },
    fuzzTimeout(1),
  );

  it.each(rows)(
    '%s as %s: a valid payload with one field mutated is refused naming that field, or accepted',
    async (event, role) => {
      const template = templates[event];
      const keys = keysOf(staffEventSchemas[event]);
      const pool = pools[role];
      await fc.assert(
        fc.asyncProperty(mutationOf(template.valid(SAMPLE), keys), async (mutation) => {
          const world = await pool.take();
          app.begin();
          const payload = applyMutation(template.valid(world), mutation);
          const context = `${event} as ${role} ${mutation.kind} ${fieldOf(mutation)}: ${brief(payload)}`;
          const outcome = await deliver(world.socket, event, payload, 'ack');
          const error = expectTyped(outcome, { event, payload, how: 'ack', context });
          expectMutatedField(error, fieldOf(mutation), [], context);
          app.checkLogs(context);
          if (outcome === 'disconnected' || (!error && CHANGES_STATE.includes(event))) await pool.renew();
        }),
        fuzzParams(),
      );
      await app.healthy();
    },
    fuzzTimeout(1),
  );
});
