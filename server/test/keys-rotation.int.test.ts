import { randomUUID } from 'node:crypto';
import { copyFileSync } from 'node:fs';
import { conversations } from '@helpline/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app';
import { createManualClock } from '../src/clock';
import { createLogger } from '../src/logger';
import { assertKeysFor } from '../src/modules/crypto/boot-check';
import { rotateKeys } from '../src/modules/crypto/rotate.service';
import { startTestApp, type TestApp } from './harness';
import { ask, next, visitorSocket } from './helpers/sockets';
import { createStaff, loginAs, staffSocket } from './helpers/staff';

let t: TestApp;
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));
beforeAll(async () => {
  t = await startTestApp({ clock });
});
afterAll(() => t.close());

describe('npm run keys -- rotate', () => {
  it('re-wraps every data key under new keys; transcripts stay readable; a missing key stops the start', async () => {
    const counsellor = await staffSocket(t, await loginAs(t, await createStaff(t, { programmes: ['helpwanted'] })));
    await ask(counsellor, 'presence:set', { status: 'available' });
    const { socket: visitor } = await visitorSocket(t);
    const started = next(visitor, 'conversation:started');
    await ask(visitor, 'queue:join', { programme: 'helpwanted' });
    const { conversationId } = await started;
    await ask(visitor, 'message:send', { conversationId, clientId: randomUUID(), body: 'voor de rotatie' });
    counsellor.close();
    visitor.close();
    const before = `${t.env.keysFile}.before`;
    copyFileSync(t.env.keysFile, before);
    const [stored] = await t.db.db.select({ keyId: conversations.keyId }).from(conversations);
    const oldKey = stored?.keyId;
    expect(oldKey).toMatch(/^helpwanted-e\d{4}-\d{2}-\d{2}-/);

    const result = await rotateKeys({
      db: t.db.db,
      keysFile: t.env.keysFile,
      programmes: ['helpwanted', 'stopitnow'],
      at: clock.now(),
    });
    expect(result.rewrapped).toBe(1);
    const rows = await t.db.db.select({ keyId: conversations.keyId }).from(conversations);
    expect(rows.every((r) => r.keyId && r.keyId !== oldKey && result.activeKeys.includes(r.keyId))).toBe(true);

    const restarted = createApp({
      env: { ...t.env, DATABASE_URL: undefined },
      db: t.db,
      logger: createLogger('silent'),
      clock,
    });
    expect((await restarted.services.messages.after(conversationId)).map((m) => m.body)).toEqual(['voor de rotatie']);
    await restarted.close();
    await expect(assertKeysFor(t.db, t.env.keysFile)).resolves.toBeUndefined();
    await expect(assertKeysFor(t.db, before)).rejects.toThrow(/Missing key-encryption key.*helpwanted-/);
  });
});
