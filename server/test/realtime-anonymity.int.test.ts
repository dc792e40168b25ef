import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { ask, next, visitorSocket } from './helpers/sockets';
import { createStaff, loginAs, staffSocket } from './helpers/staff';
import { everythingStored } from './helpers/stored-text';

const CANARY_TEXT = 'CANARY-7731 mijn naam is Sanne en ik woon in Zwolle';
const CANARY_NOTE = 'CANARY-NOTE-5512 eerder contact gehad';
const CANARY_AGENT = 'CanaryAgent/9.9 (Sanne-phone)';
const CANARY_FORWARDED = '203.0.113.99';

let t: TestApp;
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));
beforeAll(async () => {
  t = await startTestApp({ clock, onDisk: true });
});
afterAll(() => t.close());

describe('anonymity and encryption at rest', () => {
  it('stores and logs no message text, note, client address or user agent', async () => {
    const counsellor = await staffSocket(t, await loginAs(t, await createStaff(t, { programmes: ['helpwanted'] })));
    await ask(counsellor, 'presence:set', { status: 'available' });
    const { socket: visitor } = await visitorSocket(t, undefined, {
      'user-agent': CANARY_AGENT,
      'x-forwarded-for': CANARY_FORWARDED,
    });
    const started = next(visitor, 'conversation:started');
    await ask(visitor, 'queue:join', { programme: 'helpwanted' });
    const { conversationId } = await started;
    expect(
      await ask(visitor, 'message:send', { conversationId, clientId: randomUUID(), body: CANARY_TEXT }),
    ).toMatchObject({ ok: true });
    expect(await ask(counsellor, 'note:add', { conversationId, body: CANARY_NOTE })).toMatchObject({
      ok: true,
      note: { body: CANARY_NOTE },
    });
    const code = await ask(visitor, 'returnCode:create', {});
    expect(await ask(counsellor, 'conversation:end', { conversationId })).toEqual({ ok: true });
    counsellor.close();
    visitor.close();

    const logs = t.logs.join('\n');
    const stored = await everythingStored(t);
    // The scan does see what the database holds: the counsellor's alias is stored in plain text.
    expect(stored).toContain('Alias ');
    for (const canary of [
      CANARY_TEXT.slice(0, 20),
      CANARY_NOTE.slice(0, 16),
      CANARY_AGENT,
      CANARY_FORWARDED,
      String(code.returnCode),
    ]) {
      expect(stored, canary).not.toContain(canary);
      expect(logs, canary).not.toContain(canary);
    }
    expect(stored).not.toMatch(/127\.0\.0\.1/);
    expect(logs).not.toMatch(/127\.0\.0\.1|user-agent/i);
  });
});
