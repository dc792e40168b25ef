import { randomUUID } from 'node:crypto';
import { conversations } from '@helpline/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { mailboxPost, writeThread } from './helpers/mailbox';

const DAY = 24 * 60 * 60 * 1000;
const clock = createManualClock(new Date('2026-09-01T10:00:00Z'));
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ clock });
});
afterAll(() => t.close());

const shred = () => t.app.services.retention.run({ dryRun: false, actor: null, source: 'cli' });

describe('retention of mailbox threads', () => {
  it('counts from the thread’s last message, and a shredded thread’s code leads nowhere', async () => {
    const quiet = await writeThread(t, 'helpwanted', 'Stil sinds september');
    const busy = await writeThread(t, 'helpwanted', 'Later nog geschreven');
    clock.advance(10 * DAY);
    const reply = { code: busy.code, clientId: randomUUID(), body: 'Nog een bericht' };
    expect((await mailboxPost(t, '/api/mailbox/reply', reply)).status).toBe(200);

    // 95 days after the first messages (90 days of retention): only the quiet thread is due.
    clock.set(new Date(new Date('2026-09-01T10:00:00Z').getTime() + 95 * DAY));
    expect((await shred()).count).toBe(1);
    expect((await mailboxPost(t, '/api/mailbox/read', { code: quiet.code })).status).toBe(404);
    // Its own key wraps nothing any more: destroyed, so no copy of the thread can be read again.
    const keyring = t.app.services.keyring;
    const keyOf = async (id: string) =>
      (await t.db.db.select().from(conversations).where(eq(conversations.id, id)))[0]?.keyId ?? '';
    expect(keyring.isDestroyed(await keyOf(quiet.conversationId))).toBe(true);
    expect(keyring.isDestroyed(await keyOf(busy.conversationId))).toBe(false);
    const kept = await mailboxPost(t, '/api/mailbox/read', { code: busy.code });
    expect(kept.status).toBe(200);
    expect(kept.body.messages.map((m: { body: string }) => m.body)).toEqual([
      'Later nog geschreven',
      'Nog een bericht',
    ]);

    // 90 days after its last message, the other one goes too.
    clock.advance(6 * DAY);
    expect((await shred()).count).toBe(1);
    expect((await mailboxPost(t, '/api/mailbox/read', { code: busy.code })).status).toBe(404);
  });
});
