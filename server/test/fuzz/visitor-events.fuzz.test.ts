import { randomUUID } from 'node:crypto';
import { visitorEventSchemas } from '@helpline/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../src/clock';
import { startTestApp, type TestApp } from '../harness';
import { type Member, member } from '../helpers/chats';
import { askRaw } from '../helpers/sockets';
import { watchApp } from './app-watch';
import { chatWorlds, type VisitorInChat } from './chat-worlds';
import { fuzzParams, fuzzTimeout } from './fuzz-config';
import { hostilePayload } from './hostile.arbitraries';
import { applyMutation, fieldOf, mutationOf } from './mutation.arbitraries';
import { keysOf } from './schema-keys';
import { deliver, delivery, expectTyped, rotating } from './socket-fuzz';
import { brief, expectFieldOf, expectMutatedField } from './typed-errors';

type Event = keyof typeof visitorEventSchemas & string;
/** A visitor's socket in the state an event is meant for: chatting with a counsellor, or new. */
type World = VisitorInChat;
type Template = {
  /** The visitor has an active chat (else a new visitor without one). */
  chatting: boolean;
  valid: (world: World) => Record<string, unknown>;
  /** Fields a mutation of another may name, where the schema checks them together. */
  linked?: string[];
};

/** A valid payload per event, in a realistic state: a new event without one here does not compile. */
const templates: Record<Event, Template> = {
  'queue:join': {
    chatting: false,
    valid: () => ({ programme: 'helpwanted', intake: { ageBand: '19-25', about: 'self', language: 'nl' } }),
    linked: ['intake.ageBand'],
  },
  'message:send': {
    chatting: true,
    valid: (w) => ({ conversationId: w.conversationId, clientId: randomUUID(), body: 'Ik wil iets vragen' }),
  },
  typing: { chatting: true, valid: (w) => ({ conversationId: w.conversationId, typing: true }) },
  'conversation:leave': { chatting: true, valid: (w) => ({ conversationId: w.conversationId }) },
  'conversation:resume': { chatting: true, valid: (w) => ({ conversationId: w.conversationId, afterSeq: 0 }) },
  'survey:submit': {
    chatting: true,
    valid: (w) => ({ conversationId: w.conversationId, rating: 4, feltBetter: true, wouldRecommend: false }),
  },
  'returnCode:create': { chatting: true, valid: () => ({}) },
  'session:end': { chatting: true, valid: () => ({}) },
};
/** Events after which the visitor's state is used up (the chat left or ended, the visitor forgotten, a chat started). */
const CHANGES_STATE: Event[] = ['queue:join', 'conversation:leave', 'session:end'];
const SAMPLE = { conversationId: randomUUID() } as World;
const events = Object.keys(visitorEventSchemas) as Event[];

let t: TestApp;
let counsellor: Member;
let worlds: ReturnType<typeof chatWorlds>;
let app: ReturnType<typeof watchApp>;
const clock = createManualClock(new Date('2026-11-23T09:00:00Z')); // Monday 10:00 in Amsterdam: both programmes open

beforeAll(async () => {
  // Thousands of joins come from this one test client: its per-client limit is raised as for a shared address.
  t = await startTestApp({ clock, env: { HELPLINE_VISITORS_PER_CLIENT: '100000' } });
  counsellor = await member(t, { programmes: ['helpwanted', 'stopitnow'] });
  worlds = chatWorlds(t, counsellor);
  app = watchApp(t);
});
afterAll(async () => {
  await pools.chatting.renew();
  await pools.fresh.renew();
  await worlds.close();
  counsellor.socket.close();
  await t.close();
});

/** One stream of visitors per state for the whole file: a visitor lasts until its budget or its chat is used up. */
const pools = {
  chatting: rotating(
    async (): Promise<World> => worlds.chatting(),
    (w) => worlds.forget(w),
  ),
  fresh: rotating(
    async (): Promise<World> => ({ ...(await worlds.fresh()), conversationId: '' }),
    (w) => worlds.forget(w),
  ),
};
const worldsFor = (event: Event) => (templates[event].chatting ? pools.chatting : pools.fresh);

describe('fuzzing /visitor events', () => {
  it.each(events)('%s: the valid payload of the fuzz template is accepted', async (event) => {
    const visitors = worldsFor(event);
    const world = await visitors.take();
    expect(await askRaw(world.socket, event, templates[event].valid(world))).toMatchObject({ ok: true });
    if (CHANGES_STATE.includes(event)) await visitors.renew();
  });

  it.each(events)(
    '%s: hostile payloads get a typed answer, never a crash, hang or logged error',
    async (event) => {
      const keys = keysOf(visitorEventSchemas[event]);
      const visitors = worldsFor(event);
      await fc.assert(
        fc.asyncProperty(hostilePayload(keys, { binary: true }), delivery, async (payload, how) => {
          const world = await visitors.take();
          app.begin();
          const context = `${event} (${how}) ${brief(payload)}`;
          const outcome = await deliver(world.socket, event, payload, how);
          const error = expectTyped(outcome, { event, payload, how, context });
          if (how === 'ack') expectFieldOf(error, payload, keys, context);
          app.checkLogs(context);
          if (outcome === 'disconnected' || (typeof outcome === 'object' && !error && CHANGES_STATE.includes(event)))
            await visitors.renew();
        }),
        fuzzParams(),
      );
      await app.healthy();
    },
    fuzzTimeout(1),
  );

  it.each(events)(
    '%s: a valid payload with one field mutated is refused naming that field, or accepted',
    async (event) => {
      const template = templates[event];
      const keys = keysOf(visitorEventSchemas[event]);
      const visitors = worldsFor(event);
      await fc.assert(
        fc.asyncProperty(mutationOf(template.valid(SAMPLE), keys), async (mutation) => {
          const world = await visitors.take();
          app.begin();
          const payload = applyMutation(template.valid(world), mutation);
          const context = `${event} ${mutation.kind} ${fieldOf(mutation)}: ${brief(payload)}`;
          const outcome = await deliver(world.socket, event, payload, 'ack');
          const error = expectTyped(outcome, { event, payload, how: 'ack', context });
          expectMutatedField(error, fieldOf(mutation), template.linked ?? [], context);
          app.checkLogs(context);
          if (outcome === 'disconnected' || (!error && CHANGES_STATE.includes(event))) await visitors.renew();
        }),
        fuzzParams(),
      );
      await app.healthy();
    },
    fuzzTimeout(1),
  );
});
