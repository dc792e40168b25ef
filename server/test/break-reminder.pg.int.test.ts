import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import type { TestApp } from './harness';
import { api } from './helpers/chats';
import { startTwoProcesses, stopTwoProcesses, todayWhileOpen } from './helpers/server-process';
import { ask, next, visitorSocket } from './helpers/sockets';
import { breakTab, createStaff, loginAs, staffSocket } from './helpers/staff';

// Two processes share rooms and state only through PostgreSQL: a *.pg test, run with DATABASE_URL.
const clock = createManualClock(todayWhileOpen());
let two: Awaited<ReturnType<typeof startTwoProcesses>>;
let a: TestApp;

beforeAll(async () => {
  two = await startTwoProcesses(clock, { shareClock: true });
  a = two.a;
});
afterAll(() => stopTwoProcesses(two));

describe('break suggestions across two processes', () => {
  it('a suggestion decided in one process reaches the tabs on the other, is there for a tab opened there later, and a dismiss there clears it everywhere', async () => {
    const anna = await createStaff(a, { programmes: ['helpwanted'] });
    const cookie = await loginAs(a, anna);
    // B's clock starts where A's stands: the programme is open on both, whatever the hour the suite runs at.
    const cookieB = await loginAs(two.onB(), anna);
    const tabOnA = await staffSocket(a, cookie);
    const tabOnB = await staffSocket(two.onB(), cookieB);
    const { socket: visitor } = await visitorSocket(two.onB());
    const joined = await ask(visitor, 'queue:join', { programme: 'helpwanted' });
    expect(joined).toMatchObject({ ok: true });
    const conversationId = String(joined.conversationId);
    expect(await ask(tabOnA, 'conversation:accept', { conversationId })).toMatchObject({ ok: true });
    const tags = { subjects: ['threatened-blackmailed'], sextortionType: 'sexual' };
    expect((await api(a, { cookie }, 'PUT', `/api/conversations/${conversationId}/tags`, tags)).status).toBe(200);

    // Process A decides (the chat ends there); the tab on B hears it through the adapter.
    const onB = next(tabOnB, 'break:suggested');
    await ask(tabOnA, 'conversation:end', { conversationId });
    expect(await onB).toMatchObject({ reason: 'heavy' });

    // The open suggestion lives in the database: a tab opened on B now shows it.
    const laterOnB = await breakTab(two.onB(), cookieB);
    expect(laterOnB.heard).toMatchObject([{ reason: 'heavy' }]);

    const clearedOnA = next(tabOnA, 'break:cleared');
    expect(await ask(laterOnB.socket, 'break:dismiss', {})).toEqual({ ok: true });
    expect(await clearedOnA).toEqual({ snoozedUntil: null });
    const afterDismiss = await breakTab(a, cookie);
    expect(afterDismiss.heard).toEqual([]);
    for (const s of [tabOnA, tabOnB, laterOnB.socket, afterDismiss.socket, visitor]) s.close();
  }, 60_000);
});
