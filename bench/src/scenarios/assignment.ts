import type { StaffSocket, VisitorSocket } from '@helpline/shared/client';
import { inBatches } from '../load/chat-rig';
import { createCounsellor, createVisitor, setPresence, within } from '../load/platform-clients';
import { type Database, startHelpline } from './targets';

const COUNSELLORS = 50;
const CAPACITY = 10;

export type AssignmentRound = {
  chats: number;
  seconds: number;
  assignmentsPerSecond: number;
  byHand: number;
  /** Chats that reached more than one counsellor, and visitors told of a start more than once: must be 0. */
  doubleAssignments: number;
  doubleStarts: number;
};

/**
 * 50 counsellors racing for a full queue: 500 visitors wait (every counsellor away), then all 50 come available at
 * once (each starts a routing round) and each also grabs the first waiting chats it is shown by hand
 * (`conversation:accept`), racing the automatic routing. Measured until every visitor has been told their chat
 * started; then all chats end and the next round begins with new visitors.
 */
export const measureAssignment = async (database: Database, rounds = Number(process.env.BENCH_ROUNDS ?? 3)) => {
  const running = await startHelpline(database);
  const [server] = running.servers;
  if (!server || !('supervisorCookie' in server)) throw new Error('no platform');
  const urls = [server.url];
  const cookie = String(server.supervisorCookie);
  const results: AssignmentRound[] = [];
  try {
    const counsellors = await inBatches(COUNSELLORS, 5, (i) => createCounsellor(urls, cookie, i));
    let visitorIndex = 0;
    for (let round = 0; round < rounds; round++) {
      const holders = new Map<string, Set<StaffSocket>>();
      const hold = (conversationId: string, counsellor: StaffSocket) =>
        holders.set(conversationId, (holders.get(conversationId) ?? new Set()).add(counsellor));
      for (const c of counsellors) {
        c.removeAllListeners('conversation:assigned');
        c.removeAllListeners('queue:snapshot');
        c.on('conversation:assigned', ({ conversation }) => hold(conversation.id, c));
      }
      const chats = COUNSELLORS * CAPACITY;
      const visitors = await inBatches(chats, 25, async () => {
        const socket = await createVisitor(urls, visitorIndex++);
        const joined = await socket.emitWithAck('queue:join', { programme: 'helpwanted' });
        if (!joined.ok) throw new Error(`queue:join: ${joined.error.code}`);
        return socket;
      });
      const starts = new Map<VisitorSocket, number>();
      const allStarted = new Promise<void>((resolve) => {
        for (const v of visitors)
          v.on('conversation:started', () => {
            starts.set(v, (starts.get(v) ?? 0) + 1);
            if (starts.size === visitors.length) resolve();
          });
      });
      let byHand = 0;
      const began = performance.now();
      for (const c of counsellors) {
        c.once('queue:snapshot', (snapshot) => {
          for (const waiting of snapshot.programmes[0]?.waiting.slice(0, 2) ?? [])
            c.emitWithAck('conversation:accept', { conversationId: waiting.conversationId }).then((answer) => {
              if (!answer.ok) return;
              byHand += 1;
              hold(answer.conversation.id, c);
            });
        });
      }
      await Promise.all(counsellors.map((c) => setPresence(c, 'available')));
      await within(allStarted, 120_000, 'start for every visitor');
      const seconds = (performance.now() - began) / 1000;
      const result = {
        chats,
        seconds: Math.round(seconds * 1000) / 1000,
        assignmentsPerSecond: Math.round(chats / seconds),
        byHand,
        doubleAssignments: [...holders.values()].filter((set) => set.size > 1).length,
        doubleStarts: [...starts.values()].filter((n) => n > 1).length,
      };
      console.log(`assignment (${database}) round ${round + 1}:`, result);
      results.push(result);
      await Promise.all(counsellors.map((c) => setPresence(c, 'away')));
      await Promise.all(
        [...holders].map(([conversationId, set]) => [...set][0]?.emitWithAck('conversation:end', { conversationId })),
      );
      for (const v of visitors) v.close();
    }
  } finally {
    await running.stop();
  }
  return { database, counsellors: COUNSELLORS, capacity: CAPACITY, rounds: results };
};
