import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { api, type Member, member } from './helpers/chats';
import { writeThread } from './helpers/mailbox';

// Runs on PGlite, and on PostgreSQL when DATABASE_URL is set (the claim is decided under the thread's row lock).
const clock = createManualClock(new Date('2026-12-07T09:00:00Z'));
let t: TestApp;
let counsellors: Member[];
beforeAll(async () => {
  t = await startTestApp({ clock });
  counsellors = [];
  for (let i = 0; i < 10; i++) counsellors.push(await member(t, { programmes: ['stopitnow'] }));
});
afterAll(async () => {
  for (const c of counsellors) c.socket.close();
  await t.close();
});

describe('claiming a mailbox thread', () => {
  it('10 counsellors claim one thread at once: exactly one wins, the others get CONFLICT', async () => {
    for (let round = 0; round < 3; round++) {
      const { conversationId } = await writeThread(t, 'stopitnow', `Wie is er? ${round}`, `192.0.2.${round + 1}`);
      const answers = await Promise.all(
        counsellors.map((c) => api(t, c, 'POST', `/api/mailbox/${conversationId}/claim`)),
      );
      const winners = answers.filter((a) => a.status === 200);
      expect(winners).toHaveLength(1);
      expect(answers.filter((a) => a.status === 409 && a.body.error.code === 'CONFLICT')).toHaveLength(9);
      const list = await api(t, counsellors[0] ?? null, 'GET', '/api/conversations?channel=mailbox&state=unanswered');
      const item = list.body.find((i: { id: string }) => i.id === conversationId);
      const winner = counsellors[answers.findIndex((a) => a.status === 200)];
      expect(item.claimedBy.id).toBe(winner?.id);
    }
  });
});
